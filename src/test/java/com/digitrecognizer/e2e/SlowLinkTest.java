package com.digitrecognizer.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.Duration;
import java.util.List;

import static com.digitrecognizer.e2e.DigitShapes.SEVEN_STEM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clear, Escape and Undo on a slow link: every answer of the server comes late, and the next
 * stroke begins right after the click or key. The pad must act at once in the browser, so that
 * the new stroke is neither wiped by a late clear nor taken by a late undo, and the previous
 * drawing's history row stays as it was.
 */
class SlowLinkTest extends BrowserTest {

    /** Far longer than a stroke takes to draw: each server answer arrives after the stroke's end. */
    private static final Duration LATENCY = Duration.ofMillis(500);

    @BeforeEach
    void drawASevenOnAFastLink() {
        page.draw(7);
        assertThat(page.awaitHistory(1)).containsExactly("Drawing recognised as 7");
        browser.delayRequests(LATENCY);
    }

    @AfterEach
    void fastLinkAgain() {
        browser.delayRequests(Duration.ZERO);
    }

    @Test
    void aStrokeBegunRightAfterClearIsKeptAndRecognised() {
        page.clickThenDraw("clear", DigitShapes.of(3));

        assertTheThreeIsANewDrawing();
    }

    @Test
    void aStrokeBegunRightAfterEscapeIsKeptAndRecognised() {
        page.pressOnPadThenDraw(Keys.ESCAPE, DigitShapes.of(3));

        assertTheThreeIsANewDrawing();
    }

    @Test
    void undoRightBeforeAStrokeRemovesTheStrokeBefore() {
        page.clickThenDraw("undo", List.of(SEVEN_STEM));

        // the seven's only stroke went: the stem alone is a new drawing, a 1
        assertThat(page.strokeCount()).as("strokes on the pad").isEqualTo(1);
        assertThat(page.prediction()).isEqualTo("1");
        assertThat(page.awaitHistory(2)).containsExactlyInAnyOrder(
                "Drawing recognised as 7", "Drawing recognised as 1");
    }

    private void assertTheThreeIsANewDrawing() {
        assertThat(page.strokeCount()).as("strokes on the pad").isEqualTo(1);
        assertThat(page.prediction()).isEqualTo("3");
        assertThat(page.awaitHistory(2)).containsExactlyInAnyOrder(
                "Drawing recognised as 7", "Drawing recognised as 3");
    }
}
