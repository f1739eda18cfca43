package com.digitrecognizer.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every login, by the login page or by HTTP Basic on the API, goes through the {@link LoginThrottle}:
 * a locked-out user name is refused without its password even being checked.
 */
final class ThrottledAuthenticationManager implements AuthenticationManager {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationManager.class);

    private final AuthenticationManager delegate;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationManager(AuthenticationManager delegate, LoginThrottle throttle, AuditLog audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String user = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (throttle.locked(user, address)) {
            throw new LockedException("Too many wrong passwords; try again later.");
        }
        try {
            Authentication authenticated = delegate.authenticate(request);
            throttle.succeeded(user, address);
            return authenticated;
        } catch (AuthenticationException e) {
            if (throttle.failed(user, address)) {
                log.warn("Login of '{}' from {} locked out after repeated wrong passwords", user, address);
                audit.record(user, "login-locked-out", "from " + address);
            }
            throw e;
        }
    }
}
