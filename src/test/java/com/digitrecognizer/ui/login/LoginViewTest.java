package com.digitrecognizer.ui.login;

import com.digitrecognizer.security.LoginSources;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page of a server where no one can log in says so, and how to open it, instead of refusing every try. */
@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void withNeitherAnAdminPasswordNorLdapThePageSaysNoOneCanLogInAndHowToChangeThat() {
        navigate(LoginView.class); // the tests' settings: no admin password, no LDAP directory

        assertThat(find(Paragraph.class).id("login-closed").getText()).isEqualTo(LoginView.CLOSED)
                .contains("SECURITY_ADMIN_PASSWORD");
    }

    @Test
    void whereSomeoneCanLogInItSaysNothingOfIt() {
        LoginView page = new LoginView(new LoginSources(true));

        assertThat(page.getChildren().flatMap(child -> child.getId().stream())).doesNotContain("login-closed");
    }
}
