package com.digitrecognizer.ui;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.HandDrawnNonDigits;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.recognition.Verdict;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view as Spring builds it, with the real recognizer, without a browser: drawing events in, results out. */
@SpringBootTest
class RecognizerViewTest extends SpringBrowserlessTest {

    /** MNIST test digits: index 0 is a 7, 1 a 2, 2 a 1. */
    private static final int SEVEN = 0;
    private static final int TWO = 1;
    private static final int ONE = 2;
    private static final int SIDE = 200;

    private DigitPad pad;
    private DigitPadTester browser;

    @BeforeEach
    void openView() {
        navigate(RecognizerView.class);
        pad = find(DigitPad.class).id("pad");
        browser = new DigitPadTester(pad);
    }

    @Test
    void aDrawingGivesPredictionChartDataAndAHistoryRow() {
        draw(SEVEN);

        assertThat(text("prediction")).isEqualTo("7");
        assertThat(text("verdict")).isEmpty();
        assertThat(text("confidence")).endsWith("% sure");
        assertThat(text("runner-up")).startsWith("then ");
        ProbabilityChart chart = find(ProbabilityChart.class).id("probability-chart");
        assertThat(ProbabilityChartTest.shown(chart)).hasSize(10);
        assertThat(ProbabilityChartTest.shown(chart)[7]).isGreaterThan(0.5f);
        assertThat(ProbabilityChartTest.notADigitShown(chart)).isLessThan(0.5f);
        assertThat(historyDigits()).containsExactly(7);
        HistoryEntry row = history().getListDataView().getItem(0);
        assertThat(row.verdict()).isEqualTo(Verdict.DIGIT);
        assertThat(row.confidence()).isGreaterThan(0.5f);
        assertThat(row.thumbnail()).startsWith("data:image/png;base64,");
    }

    @Test
    void aLetterIsSaidNotToBeADigitInsteadOfShownAsOne() {
        browser.drawn(HandDrawnNonDigits.draw("M", Page.TRANSPARENT, 1).image());

        assertThat(text("prediction")).isEqualTo("–");
        assertThat(text("verdict")).isEqualTo(ReadingPanel.NOT_A_DIGIT_SENTENCE);
        assertThat(text("confidence")).endsWith("% sure");
        assertThat(text("runner-up")).isEmpty();
        ProbabilityChart chart = find(ProbabilityChart.class).id("probability-chart");
        float[] digits = ProbabilityChartTest.shown(chart);
        assertThat(ProbabilityChartTest.notADigitShown(chart)).isGreaterThan(digits[historyDigits().getFirst()]);
        HistoryEntry row = history().getListDataView().getItem(0);
        assertThat(row.verdict()).isEqualTo(Verdict.NOT_A_DIGIT);
        assertThat(row.confidence()).isEqualTo(ProbabilityChartTest.notADigitShown(chart));
        assertThat(row.runnerUp()).as("after \"not a digit\" comes the likeliest digit").isEqualTo(row.digit());

        browser.cleared();
        assertThat(text("verdict")).isEmpty();
        assertThat(ProbabilityChartTest.notADigitShown(chart)).isZero();
    }

    @Test
    void theHistoryTellsTheTimeByThePersonsOwnClock() {
        ZoneId far = ZoneId.of("Pacific/Kiritimati"); // UTC+14: no server's zone
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), name -> "v-tzid".equals(name) ? far.getId() : null);

        draw(SEVEN);

        LocalTime shown = history().getListDataView().getItem(0).time();
        int apart = Math.floorMod(LocalTime.now(far).toSecondOfDay() - shown.toSecondOfDay(), 24 * 3600);
        assertThat(Math.min(apart, 24 * 3600 - apart)).as("seconds from the browser's clock").isLessThan(60);
    }

    @Test
    void strokesOfOneDrawingUpdateItsRowAndClearStartsTheNext() {
        draw(SEVEN);
        draw(SEVEN);
        assertThat(historyDigits()).containsExactly(7);

        browser.cleared();
        assertThat(text("prediction")).isEqualTo("–");
        assertThat(ProbabilityChartTest.shown(find(ProbabilityChart.class).id("probability-chart"))).isEmpty();

        draw(TWO);
        assertThat(text("prediction")).isEqualTo("2");
        assertThat(historyDigits()).containsExactly(2, 7);
    }

    @Test
    void aLateStrokeOfAnOldDrawingChangesNeitherResultNorHistory() {
        draw(SEVEN);
        Runnable lateOne = browser.drawnLater(SIDE, SIDE, ink(ONE));
        browser.cleared();
        draw(TWO);

        lateOne.run();

        assertThat(text("prediction")).isEqualTo("2");
        assertThat(historyDigits()).containsExactly(2, 7);
    }

    @Test
    void aLateClearNeitherResetsANewerResultNorMergesTwoDrawings() {
        draw(SEVEN);
        Runnable lateClear = browser.clearedLater();
        // the next drawing's stroke overtakes the clear: it is still a drawing of its own
        draw(TWO);
        assertThat(historyDigits()).containsExactly(2, 7);

        lateClear.run();

        assertThat(text("prediction")).isEqualTo("2");
        assertThat(historyDigits()).containsExactly(2, 7);
    }

    @Test
    void theHistoryKeepsTheNewestDrawingsOnly() {
        for (int i = 0; i <= HistoryGrid.MAX_HISTORY; i++) {
            draw(i % 2 == 0 ? SEVEN : TWO);
            browser.cleared();
        }

        assertThat(history().getListDataView().getItemCount()).isEqualTo(HistoryGrid.MAX_HISTORY);
        assertThat(historyDigits()).first().isEqualTo(7);
    }

    @Test
    void predictOnAnEmptyPadGivesAFriendlyHint() {
        browser.drawn(0, 0, new byte[0]);

        assertThat(text("hint")).isEqualTo(RecognizerView.EMPTY_HINT);
        assertThat(text("prediction")).isEqualTo("–");
        assertThat(historyDigits()).isEmpty();
    }

    @Test
    void liveIsOnByDefaultAndTheSwitchTurnsThePadsLiveOff() {
        Checkbox live = find(Checkbox.class).id("live");
        assertThat(live.getValue()).isTrue();
        assertThat(pad.getElement().getProperty("live", false)).isTrue();

        live.setValue(false);

        assertThat(pad.getElement().getProperty("live", true)).isFalse();
    }

    @Test
    void predictUndoAndClearAreControlsOfThePad() {
        for (String action : List.of("predict", "undo", "clear")) {
            Button button = find(Button.class).id(action);
            assertThat(button.getParent()).as(action).containsSame(pad);
            assertThat(button.getElement().getAttribute("data-action")).as(action).isEqualTo(action);
        }
    }

    /** A point among the digits is said not to be read: "11.00" is shown as 1100, and not taken for it. */
    @Test
    void aPointAmongTheDigitsIsSaidNotToBeRead() {
        browser.drawn(number(true));

        assertThat(text("prediction")).isEqualTo("1100");
        assertThat(text("unread-marks")).contains("point").endsWith("may not be 1100.");

        browser.cleared();
        browser.drawn(number(false));
        assertThat(text("prediction")).isEqualTo("1100");
        assertThat(text("unread-marks")).isEmpty();
    }

    /**
     * Two numbers one above the other: the pad says to write one number on one line, and shows no
     * reading — not the one of what was drawn before either.
     */
    @Test
    void twoLinesOfWritingAreSaidToBeOneLineTooMany() {
        draw(SEVEN); // then, on the same pad, the two lines
        assertThat(text("prediction")).isEqualTo("7");
        BufferedImage page = new BufferedImage(900, 560, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = DrawnDigits.padPen(page);
        g.drawLine(180, 30, 175, 220);
        g.drawLine(300, 30, 295, 220);
        g.drawOval(180, 330, 130, 190);
        g.drawOval(400, 330, 130, 190);
        g.dispose();

        browser.drawn(page);

        Notification notification = find(Notification.class).single();
        assertThat(test(notification).getText()).contains("2 lines of writing").endsWith("on one line.");
        assertThat(text("prediction")).isEqualTo("–");
        assertThat(text("hint")).contains("2 lines of writing");
        assertThat(boxesOnThePad(pad)).isEmpty();
        assertThat(history().getListDataView().getItems()).as("the 7 was read of this drawing's first strokes").isEmpty();
    }

    /** "11.00" written with the pad's pen, or "1100" without the point. */
    private static BufferedImage number(boolean point) {
        BufferedImage page = new BufferedImage(900, 280, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = DrawnDigits.padPen(page);
        g.drawLine(180, 50, 175, 240);
        g.drawLine(300, 50, 295, 240);
        g.drawOval(450, 55, 130, 185);
        g.drawOval(640, 55, 130, 185);
        if (point) {
            g.fillOval(360, 222, 24, 24);
        }
        g.dispose();
        return page;
    }

    private void draw(int mnistIndex) {
        browser.drawn(SIDE, SIDE, ink(mnistIndex));
    }

    /** MNIST test digit {@code mnistIndex} drawn on the pad, as its ink coverage. */
    private static byte[] ink(int mnistIndex) {
        return DrawnDigits.coverage(DrawnDigits.draw(MnistTestDigits.image(mnistIndex), SIDE, 150, 20, 30, 1,
                Page.TRANSPARENT));
    }

    static JsonNode boxesOnThePad(DigitPad pad) {
        return (JsonNode) pad.getElement().getPropertyRaw("boxes");
    }

    private String text(String id) {
        return find(Span.class).id(id).getText();
    }

    private List<Integer> historyDigits() {
        return history().getListDataView().getItems().map(HistoryEntry::digit).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<HistoryEntry> history() {
        return find(Grid.class).id("history");
    }
}
