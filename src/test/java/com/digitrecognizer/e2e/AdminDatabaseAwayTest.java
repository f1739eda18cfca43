package com.digitrecognizer.e2e;

import com.digitrecognizer.corrections.OwnPostgresApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's corrections view in a real browser while its PostgreSQL is away: the page says the
 * database is not available, in words, instead of an empty grid and a line in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "security.admin.password=" + AdminDatabaseAwayTest.PASSWORD)
class AdminDatabaseAwayTest extends OwnPostgresApp {

    static final String PASSWORD = "away-test-password";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theCorrectionsViewSaysTheDatabaseIsAway() throws IOException {
        ChromeDriver driver = browser.driver();
        browser.logInAsAdmin("http://localhost:" + port + "/", PASSWORD);
        postgres.close();

        driver.get("http://localhost:" + port + "/admin/corrections");

        String said = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(d -> (String) driver.executeScript("return [...document.querySelectorAll("
                + "'vaadin-notification-card')].map(c => c.textContent).join(' ') || null"));
        assertThat(said).contains("The database is not available just now").doesNotContain("Exception");
    }
}
