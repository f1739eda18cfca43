package com.digitrecognizer.ui;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.recognition.Recognizer;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.UIInternals;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The view with the real recognizer, without a browser: drawing events in, results out. */
@SpringBootTest(classes = RecognizerViewTest.Recognition.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RecognizerViewTest {

    /** The recognition feature alone: Vaadin's own Spring set-up needs a servlet, Karibu mocks it. */
    @Configuration
    @ComponentScan(basePackageClasses = Recognizer.class)
    static class Recognition {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    Recognizer recognizer;

    private RecognizerView view;
    private DigitPad pad;

    @BeforeEach
    void openView() {
        MockVaadin.setup();
        view = new RecognizerView(recognizer, true);
        UI.getCurrent().add(view);
        pad = _get(DigitPad.class, spec -> spec.withId("pad"));
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
    }

    @Test
    void aDrawingGivesPredictionChartDataAndAHistoryRow() {
        draw(0);

        assertThat(text("prediction")).isEqualTo("7");
        assertThat(text("confidence")).endsWith("% sure");
        float[] chart = _get(ProbabilityChart.class, spec -> spec.withId("probability-chart")).getProbabilities();
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

        ComponentUtil.fireEvent(pad, new DigitPad.ClearedEvent(pad, true));
        assertThat(text("prediction")).isEqualTo("–");
        assertThat(_get(ProbabilityChart.class, spec -> spec.withId("probability-chart")).getProbabilities()).isEmpty();

        draw(1);
        assertThat(text("prediction")).isEqualTo("2");
        assertThat(history().getListDataView().getItems().map(entry -> entry.prediction().digit()))
                .containsExactly(2, 7);
    }

    @Test
    void theHistoryKeepsTheNewestDrawingsOnly() {
        for (int i = 0; i <= RecognizerView.MAX_HISTORY; i++) {
            draw(i % 2);
            ComponentUtil.fireEvent(pad, new DigitPad.ClearedEvent(pad, true));
        }

        assertThat(history().getListDataView().getItemCount()).isEqualTo(RecognizerView.MAX_HISTORY);
        assertThat(history().getListDataView().getItem(0).prediction().digit()).isEqualTo(7);
    }

    @Test
    void predictOnAnEmptyPadGivesAFriendlyHint() {
        ComponentUtil.fireEvent(pad, new DigitPad.DrawnEvent(pad, true, 0, 0, "", 0, "predict"));

        assertThat(text("hint")).isEqualTo(RecognizerView.EMPTY_HINT);
        assertThat(text("prediction")).isEqualTo("–");
        assertThat(history().getListDataView().getItemCount()).isZero();
    }

    @Test
    void buttonsDriveThePadAndLiveCanBeSwitchedOff() {
        assertThat(clickCalls("predict")).containsExactly("return $0.requestPrediction()");
        assertThat(clickCalls("undo")).containsExactly("return $0.undo()");
        assertThat(clickCalls("clear")).containsExactly("return $0.clear()");

        _get(Checkbox.class, spec -> spec.withId("live")).setValue(false);
        assertThat(pad.isLive()).isFalse();
    }

    private void draw(int mnistIndex) {
        BufferedImage drawing = DrawnDigits.draw(MnistTestDigits.image(mnistIndex), 200, 150, 20, 30, 1,
                Page.TRANSPARENT);
        byte[] coverage = new byte[200 * 200];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = (byte) (drawing.getRGB(i % 200, i / 200) >>> 24);
        }
        String ink = Base64.getEncoder().encodeToString(coverage);
        ComponentUtil.fireEvent(pad, new DigitPad.DrawnEvent(pad, true, 200, 200, ink, 1, "stroke"));
    }

    /** Clicks the button and returns the JavaScript calls it sends to the browser. */
    private static List<String> clickCalls(String buttonId) {
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression()).toList();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<HistoryEntry> history() {
        return _get(Grid.class, spec -> spec.withId("history"));
    }
}
