package com.digitrecognizer.ui.login;

import com.vaadin.flow.component.html.Anchor;
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

    public LoginView() {
        addClassName("login");
        setAlignItems(Alignment.CENTER);
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Not logged in");
        i18n.getErrorMessage().setMessage("Wrong user name or password, or too many tries: wait a while and try again.");
        form.setI18n(i18n);
        add(form, new Anchor("", "Back to the drawing pad"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
