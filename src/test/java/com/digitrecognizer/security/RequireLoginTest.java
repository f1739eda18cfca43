package com.digitrecognizer.security;

import com.digitrecognizer.ui.RecognizerView;
import com.digitrecognizer.ui.login.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** With security.require-login=true the drawing page, too, wants a login; any user will do. */
@SpringBootTest(properties = "security.require-login=true")
class RequireLoginTest extends SpringBrowserlessTest {

    @Test
    void anonymousVisitorsOfTheDrawingPageGetTheLoginPage() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "bob", roles = "USER")
    void aUserMayDraw() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(RecognizerView.class);
    }
}
