package com.digitrecognizer.ui;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.UIInternals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view as Spring builds it, with the real recognizer, without a browser: drawing events in, results out. */
@SpringBootTest
class RecognizerViewTest extends SpringBrowserlessTest {

    private DigitPad pad;
    private DigitPadTester browser;

    @BeforeEach
    void openView() {
        navigate(RecognizerView.class);
        pad = $(DigitPad.class).id("pad");
        browser = new DigitPadTester(pad);
    }

    @Test
    void aDrawingGivesPredictionChartDataAndAHistoryRow() {
        draw(0);

        assertThat(text("prediction")).isEqualTo("7");
        assertThat(text("confidence")).endsWith("% sure");
        float[] chart = $(ProbabilityChart.class).id("probability-chart").getProbabilities();
        assertThat(chart).hasSize(10);
        assertThat(chart[7]).isGreaterThan(0.5f);
        Grid<HistoryEntry> history = history();
        assertThat(history.getListDataView().getItemCount()).isEqualTo(1);
        HistoryEntry row = history.getListDataView().getItem(0);
        assertThat(row.prediction().digit()).isEqualTo(7);
        assertThat(row.thumbnail()).startsWith("data:image/png;base64,");
    }

    @Test
    void strokesOfOneDrawingUpdateItsRowAndClearStartsTheNext() {
        draw(0);
        draw(0);
        assertThat(history().getListDataView().getItemCount()).isEqualTo(1);

        browser.cleared();
        assertThat(text("prediction")).isEqualTo("–");
        assertThat($(ProbabilityChart.class).id("probability-chart").getProbabilities()).isEmpty();

        draw(1);
        assertThat(text("prediction")).isEqualTo("2");
        assertThat(history().getListDataView().getItems().map(entry -> entry.prediction().digit()))
                .containsExactly(2, 7);
    }

    @Test
    void theHistoryKeepsTheNewestDrawingsOnly() {
        for (int i = 0; i <= RecognizerView.MAX_HISTORY; i++) {
            draw(i % 2);
            browser.cleared();
        }

        assertThat(history().getListDataView().getItemCount()).isEqualTo(RecognizerView.MAX_HISTORY);
        assertThat(history().getListDataView().getItem(0).prediction().digit()).isEqualTo(7);
    }

    @Test
    void predictOnAnEmptyPadGivesAFriendlyHint() {
        browser.drawn(0, 0, new byte[0], 0, "predict");

        assertThat(text("hint")).isEqualTo(RecognizerView.EMPTY_HINT);
        assertThat(text("prediction")).isEqualTo("–");
        assertThat(history().getListDataView().getItemCount()).isZero();
    }

    @Test
    void buttonsDriveThePadAndLiveCanBeSwitchedOff() {
        assertThat(clickCalls("predict")).containsExactly("return $0.requestPrediction()");
        assertThat(clickCalls("undo")).containsExactly("return $0.undo()");
        assertThat(clickCalls("clear")).containsExactly("return $0.clear()");

        $(Checkbox.class).id("live").setValue(false);
        assertThat(pad.isLive()).isFalse();
    }

    private void draw(int mnistIndex) {
        BufferedImage drawing = DrawnDigits.draw(MnistTestDigits.image(mnistIndex), 200, 150, 20, 30, 1,
                Page.TRANSPARENT);
        byte[] coverage = new byte[200 * 200];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = (byte) (drawing.getRGB(i % 200, i / 200) >>> 24);
        }
        browser.drawn(200, 200, coverage, 1, "stroke");
    }

    /** Clicks the button and returns the JavaScript calls it sends to the browser. */
    private List<String> clickCalls(String buttonId) {
        test($(Button.class).id(buttonId)).click();
        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getOwner() == pad.getElement().getNode())
                .map(invocation -> invocation.getInvocation().getExpression()).toList();
    }

    private String text(String id) {
        return $(Span.class).id(id).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<HistoryEntry> history() {
        return $(Grid.class).id("history");
    }
}
