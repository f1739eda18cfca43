package com.digitrecognizer.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin from settings: no default password, plain or bcrypt, and what the start-up log says. */
@ExtendWith(OutputCaptureExtension.class)
class LoginsTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void withoutAPasswordNobodyLogsInAndTheLogSaysHowToOpenTheAdminArea(CapturedOutput log) {
        AuthenticationManager logins = Logins.manager(settings(""), ENCODER);

        for (String guess : new String[]{"", "admin", "password"}) {
            assertThatThrownBy(() -> logins.authenticate(login("admin", guess)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(log).contains("Admin area closed").contains("SECURITY_ADMIN_PASSWORD");
    }

    @Test
    void aPlainPasswordFromTheEnvironmentMakesAnAdmin() {
        Authentication admin = Logins.manager(settings("s3cret pass"), ENCODER).authenticate(login("admin", "s3cret pass"));

        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN", "ROLE_USER");
    }

    @Test
    void aBcryptHashIsTakenAsItIs() {
        AuthenticationManager logins = Logins.manager(settings(ENCODER.encode("hashed pass")), ENCODER);

        assertThat(logins.authenticate(login("admin", "hashed pass")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logins.authenticate(login("admin", ENCODER.encode("hashed pass"))))
                .as("the hash itself is no password").isInstanceOf(BadCredentialsException.class);
    }

    private static SecurityProperties settings(String password) {
        return new SecurityProperties(false, new SecurityProperties.Admin("admin", password),
                new SecurityProperties.Login(5, Duration.ofMinutes(15)),
                new SecurityProperties.Ldap("", "", "uid={0},ou=people", "ou=groups", "(member={0})", "digit-admins", "", ""));
    }

    private static UsernamePasswordAuthenticationToken login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
