package com.digitrecognizer.e2e;

import com.digitrecognizer.e2e.Browser.Screen;
import com.digitrecognizer.e2e.RecognizerPage.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.OutputType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Makes the README's screenshots, {@code docs/screenshot.png} (desktop, 1280x900) and
 * {@code docs/screenshot-phone.png} (the whole page, 375 px wide), when asked to:
 * <pre>
 * ./mvnw -B -Pproduction verify -Dtest=ReadmeScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.screenshots=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "readme.screenshots", matches = "true")
class ReadmeScreenshotsTest extends BrowserTest {

    private static final Path DOCS = Path.of("docs");

    @Test
    void desktop() throws IOException {
        drawASession(Pointer.MOUSE);
        save("screenshot.png", browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void phone() throws IOException {
        browser.emulate(Screen.PHONE);
        page = reload();
        drawASession(Pointer.TOUCH);
        save("screenshot-phone.png", wholePage(1 / Screen.PHONE.pixelRatio));
    }

    /** Two drawings, the last one still on the pad: a 7, then the number 2026, as the README says. */
    private void drawASession(Pointer pointer) {
        page.clear();
        page.draw(7, pointer);
        assertThat(page.prediction()).isEqualTo("7");
        page.clear();
        page.draw(DigitShapes.ofNumber("2026"), pointer);
        assertThat(page.prediction()).isEqualTo("2026");
        page.awaitHistory(2);
        try {
            Thread.sleep(500); // the chart's bars grow for 120 ms: let them settle
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The whole page, not only the viewport, at {@code scale} device pixels per CSS pixel. */
    private byte[] wholePage(double scale) {
        Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) browser.driver().executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> screenshot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", scale)));
        return Base64.getDecoder().decode((String) screenshot.get("data"));
    }

    private static void save(String name, byte[] png) throws IOException {
        Files.createDirectories(DOCS);
        Files.write(DOCS.resolve(name), png);
    }
}
