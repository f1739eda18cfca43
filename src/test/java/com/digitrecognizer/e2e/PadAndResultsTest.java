package com.digitrecognizer.e2e;

import com.digitrecognizer.e2e.RecognizerPage.Pointer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.LocalTime;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import static com.digitrecognizer.e2e.DigitShapes.LETTER_M;
import static com.digitrecognizer.e2e.DigitShapes.SEVEN_BAR;
import static com.digitrecognizer.e2e.DigitShapes.SEVEN_STEM;
import static com.digitrecognizer.e2e.RecognizerPage.NO_DIGIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The pad's buttons, keys and live switch, and what the result panel, chart and history show. */
class PadAndResultsTest extends BrowserTest {

    /** RecognizerView.EMPTY_HINT (package-private there). */
    private static final String EMPTY_HINT = "Draw a digit on the pad first: it is empty.";

    @Test
    void theChartShowsTheProbabilitiesOfTheLatestPrediction() {
        String blankNetworkInput = page.networkInputSrc();
        page.draw(3);
        double[] three = page.probabilities();
        assertThat(three).hasSize(10);
        assertThat(argmax(three)).isEqualTo(3);
        // the ten digits and "not a digit" share 1
        assertThat(DoubleStream.of(three).sum() + page.notADigit()).isCloseTo(1, within(0.001));
        // "99.8 % sure": the confidence is the chart's highest bar
        assertThat(Double.parseDouble(page.confidence().replace(" % sure", ""))).isCloseTo(three[3] * 100, within(0.06));
        assertThat(page.networkInputSrc()).startsWith("data:image/png").isNotEqualTo(blankNetworkInput);

        page.clear();
        page.draw(8);
        double[] eight = page.probabilities();
        assertThat(argmax(eight)).isEqualTo(8);
        assertThat(eight).isNotEqualTo(three);
    }

    @Test
    void aLetterIsSaidNotToBeADigitInsteadOfShownAsOne() {
        page.draw(LETTER_M);

        assertThat(page.verdict()).isEqualTo("That doesn't look like a digit");
        assertThat(page.prediction()).isEqualTo(NO_DIGIT);
        assertThat(page.notADigit()).isGreaterThan(DoubleStream.of(page.probabilities()).max().orElseThrow());
        assertThat(page.awaitHistory(1)).containsExactly("Drawing: not a digit");

        page.clear();
        page.draw(3);
        assertThat(page.verdict()).isEmpty();
        assertThat(page.prediction()).isEqualTo("3");
    }

    /** Numbers written with the mouse, digit after digit, as a person writes on the wide pad. */
    @Test
    void readsANumberAndFramesEachDigitOnThePad() {
        String[] numbers = {"2026", "90210"};
        for (int i = 0; i < numbers.length; i++) {
            page.clear();
            page.draw(DigitShapes.ofNumber(numbers[i]), Pointer.MOUSE);

            assertThat(page.prediction()).isEqualTo(numbers[i]);
            assertThat(page.boxesOnPad()).isEqualTo(numbers[i].length());
            assertThat(page.awaitHistory(i + 1)).contains("Drawing recognised as " + numbers[i]);
        }
    }

    @Test
    void strokesOfOneDrawingUpdateItsHistoryRowAndClearStartsANewRow() {
        page.draw(SEVEN_STEM);
        assertThat(page.awaitHistory(1)).containsExactly("Drawing recognised as 1");

        page.draw(SEVEN_BAR);
        assertThat(page.awaitHistory(1)).containsExactly("Drawing recognised as 7");

        page.clear();
        page.draw(3);
        assertThat(page.awaitHistory(2)).containsExactlyInAnyOrder("Drawing recognised as 7", "Drawing recognised as 3");
    }

    @Test
    void clearEmptiesThePadAndTheResult() {
        page.draw(5);
        assertThat(page.prediction()).isEqualTo("5");

        page.clear();
        assertThat(page.strokeCount()).isZero();
        page.await("the pad to be blank", page::padIsBlank);
        assertThat(page.prediction()).isEqualTo(NO_DIGIT);
        assertThat(page.confidence()).isEmpty();
        assertThat(page.probabilities()).isEmpty();
    }

    @Test
    void undoRemovesTheLastStrokeAndTheResultFollows() {
        page.draw(SEVEN_STEM, SEVEN_BAR);
        assertThat(page.strokeCount()).isEqualTo(2);
        assertThat(page.prediction()).isEqualTo("7");

        page.undo();
        assertThat(page.strokeCount()).isEqualTo(1);
        assertThat(page.prediction()).isEqualTo("1");

        page.undo();
        assertThat(page.strokeCount()).isZero();
        assertThat(page.prediction()).isEqualTo(NO_DIGIT);
        page.await("the pad to be blank", page::padIsBlank);
    }

    @Test
    void liveRecognitionIsOnByDefaultAndAnswersAtEachStrokeEnd() {
        assertThat(page.isLive()).isTrue();
        page.draw(SEVEN_STEM);
        assertThat(page.prediction()).isEqualTo("1");
        page.draw(SEVEN_BAR);
        assertThat(page.prediction()).isEqualTo("7");
    }

    @Test
    void withLiveOffNothingIsRecognisedUntilPredict() {
        page.setLive(false);
        page.draw(2);
        // draw() waited for the server: a stroke end sent to it would have shown by now
        assertThat(page.strokeCount()).isEqualTo(1);
        assertThat(page.prediction()).isEqualTo(NO_DIGIT);
        assertThat(page.awaitHistory(0)).isEmpty();

        page.predict();
        assertThat(page.prediction()).isEqualTo("2");
        assertThat(page.awaitHistory(1)).containsExactly("Drawing recognised as 2");
    }

    @Test
    void predictOnAnEmptyPadShowsTheHint() {
        page.predict();
        assertThat(page.hint()).isEqualTo(EMPTY_HINT);
        assertThat(page.prediction()).isEqualTo(NO_DIGIT);
    }

    @Test
    void enterPredictsControlZUndoesEscapeClears() {
        page.setLive(false);
        page.draw(SEVEN_STEM, SEVEN_BAR);
        page.pressOnPad(Keys.ENTER);
        assertThat(page.prediction()).isEqualTo("7");

        page.pressControlOnPad("z");
        assertThat(page.strokeCount()).isEqualTo(1);
        page.pressOnPad(Keys.ENTER);
        assertThat(page.prediction()).isEqualTo("1");

        page.pressOnPad(Keys.ESCAPE);
        assertThat(page.strokeCount()).isZero();
        assertThat(page.prediction()).isEqualTo(NO_DIGIT);
    }

    @Test
    void theHistoryTellsTheTimeByTheBrowsersClockNotTheServers() {
        ChromeDriver driver = browser.driver();
        // UTC+14: no server's zone, so that the server's clock would show another hour
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Pacific/Kiritimati"));
        try {
            page = reload(); // the browser says its zone as the page starts
            page.draw(5);
            page.awaitHistory(1);
            String shown = (String) driver.executeScript("return [...document.querySelectorAll("
                    + "'#history vaadin-grid-cell-content')].map(c => c.textContent).find(t => /^\\d\\d:\\d\\d:\\d\\d$/.test(t))");
            LocalTime browserClock = LocalTime.parse((String) driver.executeScript(
                    "return new Date().toTimeString().slice(0, 8)"));

            assertThat(secondsApart(LocalTime.parse(shown), browserClock)).isLessThan(60);
            assertThat(secondsApart(LocalTime.parse(shown), LocalTime.now())).as("the server's clock").isGreaterThan(3600);
        } finally {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "")); // the machine's again
        }
    }

    /** How far apart two times of day are, either way round midnight. */
    private static int secondsApart(LocalTime a, LocalTime b) {
        int apart = Math.floorMod(a.toSecondOfDay() - b.toSecondOfDay(), 24 * 3600);
        return Math.min(apart, 24 * 3600 - apart);
    }

    private static int argmax(double[] values) {
        return IntStream.range(0, values.length).reduce((a, b) -> values[b] > values[a] ? b : a).orElseThrow();
    }
}
