package com.digitrecognizer.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port and one headless Chromium per test class (the test
 * classes run one after another, so they share the extension); every test starts on a freshly
 * loaded page at desktop size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    RecognizerPage page;

    @BeforeEach
    void openPage() {
        browser.emulate(Browser.Screen.DESKTOP);
        page = reload();
    }

    /** Loads the page afresh: a new UI with an empty pad and history. */
    RecognizerPage reload() {
        return RecognizerPage.open(browser.driver(), "http://localhost:" + port + "/");
    }
}
