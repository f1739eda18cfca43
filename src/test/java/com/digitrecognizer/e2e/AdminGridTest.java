package com.digitrecognizer.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin area in a real browser, on 100,000 corrections: anonymous visitors get the login
 * page; the admin logs in, the corrections grid opens and scrolls 16,666 rows at a time, fetching
 * pages lazily. How long that takes (and a page with little data, alongside) goes to
 * target/e2e/admin-grid.txt, the benchmark's figures in bench/RESULTS.md. On a phone no admin page
 * is wider than the screen, and the model's figure for each class stands under that class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "security.admin.password=" + AdminGridTest.PASSWORD)
class AdminGridTest {

    static final String PASSWORD = "grid-test-password";
    private static final int ROWS = 100_000;
    private static final String FIRST_TIME_CELL = "return [...document.querySelectorAll('vaadin-grid-cell-content')]"
            + ".map(c => c.textContent).find(t => /^\\d{4}-\\d\\d-\\d\\d /.test(t)) || null";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeAll
    static void hundredThousandCorrections(@Autowired JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM correction", Integer.class) >= ROWS) {
            return;
        }
        byte[] seen = new byte[784];
        List<Object[]> rows = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[]{Timestamp.from(now.minusSeconds(i * 60L)), String.valueOf(i % 10),
                    String.valueOf((i / 10) % 10), i % 3 == 0 ? "ACCEPTED" : "NEW", seen});
        }
        jdbc.batchUpdate("INSERT INTO correction (created_at, label, model_answer, verdict, probabilities, model_version,"
                + " channel, status, image, network_input) VALUES (?, ?, ?, 'digit', '', 'bench', 'view', ?, X'00', ?)", rows);
    }

    @Test
    void anonymousVisitorsGetTheLoginPage() {
        ChromeDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(base() + "admin/corrections");
        wait(driver).until(d -> !d.findElements(By.id("login-form")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theGridOpensAndScrollsWithinASecondOnAHundredThousandCorrections() throws IOException {
        ChromeDriver driver = browser.driver();
        browser.logInAsAdmin(base(), PASSWORD);

        long opened = median(5, () -> {
            driver.get(base() + "admin/corrections");
            wait(driver).until(d -> driver.executeScript(FIRST_TIME_CELL) != null);
        });
        long size = (Long) driver.executeScript("return document.querySelector('#corrections').size");
        int cells = ((Number) driver.executeScript(
                "return document.querySelectorAll('vaadin-grid-cell-content').length")).intValue();
        int[] row = {0};
        long scrolled = median(5, () -> { // a sixth of the table further each time
            String before = (String) driver.executeScript(FIRST_TIME_CELL);
            row[0] += ROWS / 6;
            driver.executeScript("document.querySelector('#corrections').scrollToIndex(" + row[0] + ")");
            wait(driver).until(d -> {
                Object first = driver.executeScript(FIRST_TIME_CELL);
                return first != null && !first.equals(before);
            });
        });

        long light = median(5, () -> { // a page with little data: what any page costs here, for comparison
            driver.get(base() + "admin/audit");
            wait(driver).until(d -> !d.findElements(By.id("audit")).isEmpty());
        });
        Files.createDirectories(Browser.OUTPUT);
        Files.writeString(Browser.OUTPUT.resolve("admin-grid.txt"), "rows " + size + ", grid opened in " + opened
                + " ms, scrolled a sixth of the table further in " + scrolled + " ms (medians of 5), " + cells
                + " cells in the page; the audit log page (little data) opened in " + light + " ms\n");
        assertThat(size).isEqualTo(ROWS);
        assertThat(cells).as("lazy: only the rows around the view are in the page").isLessThan(2_000);
        // the times are a benchmark's figures (bench/RESULTS.md), not a pass mark: a loaded machine slows every page
    }

    @Test
    void onAPhoneNoAdminPageIsWiderThanTheScreen() {
        ChromeDriver driver = browser.driver();
        browser.logInAsAdmin(base(), PASSWORD);
        browser.emulate(Browser.Screen.PHONE);
        try {
            for (String page : List.of("admin/corrections", "admin/models", "admin/audit")) {
                driver.get(base() + page);
                wait(driver).until(d -> !d.findElements(By.id("logout")).isEmpty());
                long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                long logoutRight = ((Number) driver.executeScript(
                        "return document.getElementById('logout').getBoundingClientRect().right")).longValue();
                assertThat(pageWidth).as(page + ": the page's width").isLessThanOrEqualTo(Browser.Screen.PHONE.width);
                assertThat(logoutRight).as(page + ": the way out on the screen").isLessThanOrEqualTo(Browser.Screen.PHONE.width);
            }
        } finally {
            browser.emulate(Browser.Screen.DESKTOP);
        }
    }

    @Test
    void eachClassFigureOfTheModelStandsUnderItsClass() {
        ChromeDriver driver = browser.driver();
        browser.logInAsAdmin(base(), PASSWORD);
        driver.get(base() + "admin/models");
        wait(driver).until(d -> !d.findElements(By.cssSelector("#class-accuracy vaadin-form-item")).isEmpty());

        @SuppressWarnings("unchecked")
        List<String> misplaced = (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('#class-accuracy vaadin-form-item')].filter(item => {
                  const box = item.getBoundingClientRect();
                  const figure = item.querySelector('span').getBoundingClientRect();
                  return figure.left < box.left || figure.right > box.right + 1;
                }).map(item => item.textContent.trim());""");
        assertThat(misplaced).as("figures that reach into the next class's place").isEmpty();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(10));
    }

    private static long median(int runs, Runnable step) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = time(step);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static long time(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
