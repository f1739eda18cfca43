package com.digitrecognizer.ui.login;

import com.digitrecognizer.security.LoginSources;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The login page. The form posts to Spring Security's /login; a refused login comes back with
 * {@code ?error}, and says the same whether the password was wrong or the name locked out for a
 * while, so that it tells a guesser nothing.
 */
@Route("login")
@PageTitle("Log in · Digit Recognizer")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    /** What the page says when no one can log in (no admin password, no LDAP directory). */
    static final String CLOSED = "No one can log in yet: this server has neither an admin password nor an LDAP"
            + " directory. Its operator sets SECURITY_ADMIN_PASSWORD (or security.ldap.url) and restarts it; the"
            + " start-up log says how.";

    public LoginView(LoginSources logins) {
        addClassName("login");
        setAlignItems(Alignment.CENTER);
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Not logged in");
        i18n.getErrorMessage().setMessage("Wrong user name or password, or too many tries: wait a while and try again.");
        form.setI18n(i18n);
        add(form);
        if (!logins.any()) {
            Paragraph closed = new Paragraph(CLOSED);
            closed.setId("login-closed");
            closed.setMaxWidth("24em");
            add(closed);
        }
        add(new Anchor("", "Back to the drawing pad"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
