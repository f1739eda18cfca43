package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.RecognitionException;
import com.digitrecognizer.recognition.Recognizer;
import com.digitrecognizer.recognition.Verdict;
import com.digitrecognizer.ui.DigitPad.Action;
import com.digitrecognizer.ui.DigitPad.DrawnEvent;
import com.digitrecognizer.ui.corrections.CorrectionForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The product: draw a digit on the pad, see what the network says (digit, confidence, all ten
 * probabilities and that of "not a digit", the 28x28 image it saw) and this session's drawings in
 * a history grid. A drawing that is no digit, or one the network is not sure of, is said to be so
 * in plain words instead of shown as a digit.
 */
@Route("")
@AnonymousAllowed // unless security.require-login asks for a login (security.RequireLogin)
@PageTitle("Digit Recognizer")
@JsModule("./color-scheme.ts")
public class RecognizerView extends VerticalLayout {

    private static final String DRAW_HINT = "Draw a digit: any size, anywhere on the pad.";
    static final String EMPTY_HINT = "Draw a digit on the pad first: it is empty.";
    private static final String NO_DIGIT = "–";
    private static final String UNSURE_MARK = "?";
    static final String NOT_A_DIGIT_SENTENCE = "That doesn't look like a digit";
    private static final String NOT_A_DIGIT_HINT = "Draw a single digit, 0 to 9.";
    private static final String UNSURE_HINT = "Finish the digit, or draw it more clearly, for a sure answer.";
    /** The oldest drawings go beyond this: a session's memory stays bounded however long it draws. */
    static final int MAX_HISTORY = 100;
    /** No drawing yet: the pad numbers its drawings from 0. */
    private static final int NO_DRAWING = -1;

    private final Recognizer recognizer;
    private final CorrectionForm correction;
    private final DigitPad pad = new DigitPad();
    private final Span digit = new Span(NO_DIGIT);
    private final Span verdict = new Span();
    private final Span confidence = new Span();
    private final Span runnerUp = new Span();
    private final Span hint = new Span(DRAW_HINT);
    /** The answer's digit, verdict, confidence and runner-up; styled by its {@code data-verdict}. */
    private final VerticalLayout answer = new VerticalLayout();
    private final Image networkInput = new Image();
    private final ProbabilityChart chart = new ProbabilityChart();
    private final Grid<HistoryEntry> history = new Grid<>();
    private final List<HistoryEntry> entries = new ArrayList<>();
    /** The pad's number of the drawing in the top history row: its later strokes update that row. */
    private int drawingInTopRow = NO_DRAWING;

    public RecognizerView(Recognizer recognizer, UiProperties settings, CorrectionForm correction) {
        this.recognizer = recognizer;
        this.correction = correction;
        // the look is in styles.css (META-INF/resources), by these class names
        addClassName("recognizer");

        H1 title = new H1("Digit Recognizer");
        Paragraph intro = new Paragraph("Draw a digit with mouse, finger or pen; a neural network trained on MNIST "
                + "says which digit it is, and how sure it is of every digit, or that it sees none.");
        intro.addClassName("intro");

        FlexLayout main = new FlexLayout(padColumn(settings.liveRecognition()), resultColumn());
        main.addClassName("columns");
        main.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        main.setWidthFull();

        H2 historyTitle = new H2("History");
        configureHistory();
        add(title, intro, main, historyTitle, history);
    }

    private VerticalLayout padColumn(boolean liveByDefault) {
        pad.setId("pad");
        pad.setLive(liveByDefault);
        pad.addDrawnListener(this::recognize);
        pad.addClearedListener(event -> startNewDrawing());

        addPadControl("Predict", VaadinIcon.MAGIC, Action.PREDICT).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPadControl("Undo", VaadinIcon.ARROW_BACKWARD, Action.UNDO);
        addPadControl("Clear", VaadinIcon.ERASER, Action.CLEAR);
        Checkbox live = new Checkbox("Live recognition at each stroke's end", liveByDefault);
        live.setId("live");
        live.addValueChangeListener(event -> pad.setLive(event.getValue()));

        VerticalLayout column = new VerticalLayout(pad, live);
        column.addClassName("pad-column");
        column.setPadding(false);
        return column;
    }

    /** A button with no click listener: the pad does its action in the browser; its id is the action's name. */
    private Button addPadControl(String text, VaadinIcon icon, Action action) {
        Button button = new Button(text, icon.create());
        button.setId(action.name().toLowerCase(Locale.ROOT));
        pad.addControl(button, action);
        return button;
    }

    private VerticalLayout resultColumn() {
        digit.setId("prediction");
        digit.addClassName("digit");
        digit.getElement().setAttribute("aria-live", "polite");
        verdict.setId("verdict");
        verdict.addClassName("verdict");
        confidence.setId("confidence");
        confidence.addClassName("confidence");
        runnerUp.setId("runner-up");
        runnerUp.addClassName("secondary");
        hint.setId("hint");
        hint.addClassName("secondary");

        networkInput.setId("network-input");
        networkInput.addClassName("network-input");
        networkInput.setSrc(Thumbnails.ofNetworkInput(new float[ModelContract.PIXELS]));
        networkInput.setAlt("The 28x28 image the network sees");
        networkInput.setWidth("84px");
        networkInput.setHeight("84px");
        Div seen = new Div(networkInput, new Span("What the network sees"));
        seen.addClassName("seen");

        answer.add(digit, verdict, confidence, runnerUp);
        answer.addClassName("answer");
        answer.setPadding(false);
        answer.setSpacing(false);
        HorizontalLayout result = new HorizontalLayout(answer, seen);
        result.setWidthFull();
        result.setJustifyContentMode(JustifyContentMode.BETWEEN);

        chart.setId("probability-chart");
        chart.setWidthFull();
        VerticalLayout column = new VerticalLayout(result, hint, correction, chart);
        column.addClassName("result-column");
        column.setPadding(false);
        return column;
    }

    private void configureHistory() {
        history.setId("history");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // a template, not a component per row: an update re-sends only the rows' data
        history.addColumn(LitRenderer.<HistoryEntry>of(
                        "<img src=${item.src} alt=${item.alt} width=\"48\" height=\"48\">")
                .withProperty("src", HistoryEntry::thumbnail)
                .withProperty("alt", entry -> entry.verdict() == Verdict.DIGIT
                        ? "Drawing recognised as " + entry.digit() : "Drawing: " + verdictInAWord(entry)))
                .setHeader("Drawing").setWidth("80px").setFlexGrow(0);
        history.addColumn(entry -> digitShown(entry.verdict(), entry.digit())).setHeader("Digit").setAutoWidth(true);
        history.addColumn(RecognizerView::verdictInAWord).setHeader("Verdict").setAutoWidth(true);
        history.addColumn(entry -> percent(entry.confidence())).setHeader("Confidence").setAutoWidth(true);
        history.addColumn(entry -> entry.runnerUp() + " (" + percent(entry.runnerUpProbability()) + ")")
                .setHeader("Runner-up").setAutoWidth(true);
        history.addColumn(entry -> entry.time().format(DateTimeFormatter.ISO_LOCAL_TIME)).setHeader("Time")
                .setAutoWidth(true);
        history.addColumn(entry -> String.format(Locale.ROOT, "%.1f ms", entry.elapsedMs()))
                .setHeader("Latency").setAutoWidth(true);
        // a fixed height keeps the grid lazy: only the rows in view travel to the browser
        history.setHeight("400px");
        history.setItems(entries);
    }

    private void recognize(DrawnEvent drawn) {
        int width = drawn.width();
        int height = drawn.height();
        if (width == 0 || height == 0) {
            showHint(EMPTY_HINT);
            return;
        }
        byte[] ink = drawn.ink();
        try {
            InkRaster raster = new InkRaster(width, height, ink);
            Prediction prediction = recognizer.recognize(raster);
            show(prediction);
            correction.offer(raster, prediction);
            record(drawn.drawing(), HistoryEntry.of(Thumbnails.ofDrawing(width, height, ink), prediction,
                    LocalTime.now().truncatedTo(ChronoUnit.SECONDS)));
        } catch (RecognitionException e) {
            if (e.reason() == RecognitionException.Reason.BLANK_DRAWING) {
                showHint(EMPTY_HINT);
            } else {
                Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        }
    }

    private void show(Prediction prediction) {
        int best = prediction.digit();
        int second = prediction.runnerUp();
        String secondInPercent = percent(prediction.probabilityOf(second));
        answer.getElement().setAttribute("data-verdict", prediction.verdict().label());
        digit.setText(digitShown(prediction.verdict(), best));
        switch (prediction.verdict()) {
            case DIGIT -> {
                verdict.setText("");
                confidence.setText(percent(prediction.confidence()) + " sure");
                runnerUp.setText("then " + second + " (" + secondInPercent + ")");
                hint.setText("");
            }
            case UNSURE -> {
                verdict.setText("Not sure: " + best + " or " + second + "?");
                confidence.setText(best + ": " + percent(prediction.confidence()) + ", " + second + ": "
                        + secondInPercent);
                runnerUp.setText("");
                hint.setText(UNSURE_HINT);
            }
            case NOT_A_DIGIT -> {
                verdict.setText(NOT_A_DIGIT_SENTENCE);
                confidence.setText(percent(prediction.notADigitProbability()) + " sure");
                runnerUp.setText("");
                hint.setText(NOT_A_DIGIT_HINT);
            }
        }
        networkInput.setSrc(Thumbnails.ofNetworkInput(prediction.networkInput()));
        chart.setProbabilities(prediction.probabilities(), prediction.notADigitProbability());
    }

    private void record(int drawing, HistoryEntry entry) {
        if (drawing == drawingInTopRow) {
            entries.set(0, entry);
        } else {
            entries.add(0, entry);
            drawingInTopRow = drawing;
            if (entries.size() > MAX_HISTORY) {
                entries.remove(entries.size() - 1);
            }
        }
        history.getDataProvider().refreshAll();
    }

    private void showHint(String text) {
        resetResult();
        hint.setText(text);
    }

    private void startNewDrawing() {
        resetResult();
        hint.setText(DRAW_HINT);
    }

    private void resetResult() {
        answer.getElement().removeAttribute("data-verdict");
        digit.setText(NO_DIGIT);
        verdict.setText("");
        confidence.setText("");
        runnerUp.setText("");
        networkInput.setSrc(Thumbnails.ofNetworkInput(new float[ModelContract.PIXELS]));
        chart.clear();
        correction.clear();
    }

    /** What the big answer shows: the digit only when it is one, "?" when unsure, "–" when no digit. */
    private static String digitShown(Verdict verdict, int digit) {
        return switch (verdict) {
            case DIGIT -> String.valueOf(digit);
            case UNSURE -> UNSURE_MARK;
            case NOT_A_DIGIT -> NO_DIGIT;
        };
    }

    /** The history's verdict column: "digit", "not sure: 4 or 9" or "not a digit". */
    private static String verdictInAWord(HistoryEntry entry) {
        return switch (entry.verdict()) {
            case DIGIT -> "digit";
            case UNSURE -> "not sure: " + entry.digit() + " or " + entry.runnerUp();
            case NOT_A_DIGIT -> "not a digit";
        };
    }

    private static String percent(float probability) {
        return String.format(Locale.ROOT, "%.1f %%", probability * 100);
    }
}
