package com.digitrecognizer.ui.admin;

import com.digitrecognizer.ui.admin.models.ModelsView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The admin pages' title bar: where to go, who is logged in, and the way out. */
public final class AdminHeader extends HorizontalLayout {

    public AdminHeader(String title, AuthenticationContext user) {
        H1 heading = new H1(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        Button logout = new Button("Log out " + user.getPrincipalName().orElse(""), click -> user.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, new RouterLink("Corrections", CorrectionsView.class), new RouterLink("Models", ModelsView.class),
                new RouterLink("Audit log", AuditView.class),
                new RouterLink("Drawing pad", com.digitrecognizer.ui.RecognizerView.class), logout);
        setWidthFull();
        setWrap(true); // a phone's width takes the links on a second line, never off the screen
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }
}
