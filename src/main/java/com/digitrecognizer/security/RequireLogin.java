package com.digitrecognizer.security;

import com.digitrecognizer.ui.login.LoginView;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * With {@code security.require-login=true}, every page, the drawing page included, sends whoever
 * has not logged in to the login page. (The admin views need a login in any case, by their roles.)
 */
@Component
class RequireLogin implements VaadinServiceInitListener {

    private final boolean required;
    private final AuthenticationContext authentication;

    RequireLogin(SecurityProperties settings, AuthenticationContext authentication) {
        this.required = settings.requireLogin();
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!required) {
            return;
        }
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != LoginView.class && !authentication.isAuthenticated()) {
                enter.forwardTo(LoginView.class);
            }
        }));
    }
}
