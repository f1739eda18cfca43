package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Reading;
import com.digitrecognizer.recognition.Verdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * What was read: the number in large type, each digit's confidence (a button: choosing one shows
 * its details), and for the chosen digit its verdict in plain words, what came next, the 28x28
 * image the network saw and the probabilities of the ten digits and of "not a digit".
 */
class ReadingPanel extends VerticalLayout {

    static final String NOT_A_DIGIT_SENTENCE = "That doesn't look like a digit";
    private static final String NO_DIGIT = "–";
    private static final String UNSURE_MARK = "?";
    private static final String NOT_A_DIGIT_HINT = "Draw digits, 0 to 9.";
    private static final String UNSURE_HINT = "Finish the digit, or draw it more clearly, for a sure answer.";
    private static final String UNREAD_MARKS = "A point, a comma, a dash or a sign among the digits was not read: the number"
            + " may not be %s.";

    private final Span number = new Span(NO_DIGIT);
    private final FlexLayout digits = new FlexLayout();
    private final Span verdict = new Span();
    private final Span confidence = new Span();
    private final Span runnerUp = new Span();
    private final Span hint = new Span();
    private final Span unreadMarks = new Span();
    /** The answer's number, verdict, confidence and runner-up; styled by its {@code data-verdict}. */
    private final VerticalLayout answer = new VerticalLayout();
    private final Image networkInput = new Image();
    private final ProbabilityChart chart = new ProbabilityChart();
    private final IntConsumer onSelect;
    private List<Reading.Digit> shown = List.of();

    /**
     * {@code onSelect} learns which digit of the reading is chosen, whenever one is;
     * {@code correction} ("Wrong?") goes under the answer.
     */
    ReadingPanel(IntConsumer onSelect, Component correction) {
        this.onSelect = onSelect;
        number.setId("prediction");
        number.addClassName("digit");
        number.getElement().setAttribute("aria-live", "polite");
        digits.setId("digits");
        digits.addClassName("digits");
        verdict.setId("verdict");
        verdict.addClassName("verdict");
        confidence.setId("confidence");
        confidence.addClassName("confidence");
        runnerUp.setId("runner-up");
        runnerUp.addClassName("secondary");
        hint.setId("hint");
        hint.addClassName("secondary");
        unreadMarks.setId("unread-marks");
        unreadMarks.addClassName("secondary");

        networkInput.setId("network-input");
        networkInput.addClassName("network-input");
        networkInput.setAlt("The 28x28 image the network sees");
        networkInput.setWidth("84px");
        networkInput.setHeight("84px");
        Div seen = new Div(networkInput, new Span("What the network sees"));
        seen.addClassName("seen");

        answer.add(number, digits, unreadMarks, verdict, confidence, runnerUp);
        answer.addClassName("answer");
        answer.setPadding(false);
        answer.setSpacing(false);
        HorizontalLayout result = new HorizontalLayout(answer, seen);
        result.setWidthFull();
        result.setJustifyContentMode(JustifyContentMode.BETWEEN);

        chart.setId("probability-chart");
        chart.setWidthFull();
        add(result, hint, correction, chart);
        addClassName("result-column");
        setPadding(false);
        clear();
    }

    /** Shows a reading and chooses its first digit in doubt, else its first digit; answers which. */
    int show(Reading reading) {
        shown = reading.digits();
        StringBuilder text = new StringBuilder();
        digits.removeAll();
        for (int i = 0; i < shown.size(); i++) {
            Prediction prediction = shown.get(i).prediction();
            text.append(digitShown(prediction.verdict(), prediction.digit()));
            if (shown.size() > 1) {
                digits.add(digitButton(i, prediction));
            }
        }
        number.setText(text.toString());
        unreadMarks.setText(reading.unreadMarks().isEmpty() ? "" : UNREAD_MARKS.formatted(text));
        int chosen = 0;
        while (chosen < shown.size() && shown.get(chosen).prediction().accepted()) {
            chosen++;
        }
        chosen = chosen == shown.size() ? 0 : chosen;
        select(chosen);
        return chosen;
    }

    private Button digitButton(int index, Prediction prediction) {
        Button button = new Button(digitShown(prediction.verdict(), prediction.digit()) + " · "
                + percent(prediction.confidence()), click -> {
                    select(index);
                    onSelect.accept(index);
                });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("data-verdict", prediction.verdict().label());
        button.getElement().setAttribute("aria-label", "Digit " + (index + 1) + ": show its probabilities");
        return button;
    }

    /** The reading as the big answer shows it, e.g. "2026", "7?1" or "–". */
    String shownText() {
        return number.getText();
    }

    /** Shows the details of digit {@code index} of the reading shown. */
    private void select(int index) {
        Prediction prediction = shown.get(index).prediction();
        int best = prediction.digit();
        int second = prediction.runnerUp();
        String secondInPercent = percent(prediction.probabilityOf(second));
        String which = shown.size() > 1 ? "Digit " + (index + 1) + ": " : "";
        answer.getElement().setAttribute("data-verdict", prediction.verdict().label());
        for (int i = 0; i < digits.getComponentCount(); i++) {
            digits.getComponentAt(i).getElement().setAttribute("aria-pressed", String.valueOf(i == index));
        }
        switch (prediction.verdict()) {
            case DIGIT -> {
                verdict.setText(shown.size() > 1 ? which + best : "");
                confidence.setText(percent(prediction.confidence()) + " sure");
                runnerUp.setText("then " + second + " (" + secondInPercent + ")");
                hint.setText("");
            }
            case UNSURE -> {
                verdict.setText(which + "Not sure: " + best + " or " + second + "?");
                confidence.setText(best + ": " + percent(prediction.confidence()) + ", " + second + ": "
                        + secondInPercent);
                runnerUp.setText("");
                hint.setText(UNSURE_HINT);
            }
            case NOT_A_DIGIT -> {
                verdict.setText(which + NOT_A_DIGIT_SENTENCE);
                confidence.setText(percent(prediction.notADigitProbability()) + " sure");
                runnerUp.setText("");
                hint.setText(NOT_A_DIGIT_HINT);
            }
        }
        networkInput.setSrc(Thumbnails.ofNetworkInput(prediction.networkInput()));
        chart.setProbabilities(prediction.probabilities(), prediction.notADigitProbability());
    }

    /** No reading: the hint says what to do. */
    void showHint(String text) {
        clear();
        hint.setText(text);
    }

    private void clear() {
        shown = List.of();
        answer.getElement().removeAttribute("data-verdict");
        number.setText(NO_DIGIT);
        digits.removeAll();
        unreadMarks.setText("");
        verdict.setText("");
        confidence.setText("");
        runnerUp.setText("");
        networkInput.setSrc(Thumbnails.ofNetworkInput(new float[ModelContract.PIXELS]));
        chart.clear();
    }

    /** What the big answer shows of a digit: the digit only when it is one, "?" when unsure, "–" when no digit. */
    static String digitShown(Verdict verdict, int digit) {
        return switch (verdict) {
            case DIGIT -> String.valueOf(digit);
            case UNSURE -> UNSURE_MARK;
            case NOT_A_DIGIT -> NO_DIGIT;
        };
    }

    static String percent(float probability) {
        return String.format(Locale.ROOT, "%.1f %%", probability * 100);
    }
}
