package com.digitrecognizer.ui.admin.models;

import com.digitrecognizer.corrections.Confusion;
import com.digitrecognizer.corrections.Labels;
import com.digitrecognizer.models.GateResult;
import com.digitrecognizer.models.ModelVersion;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.Recognizer;
import com.digitrecognizer.ui.admin.AdminTime;
import com.digitrecognizer.ui.admin.ConfusionChart;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One version's model card: how it was trained (from which parent, on how many corrections), on what and how fast, how well it does (each
 * class, and its mistakes on the test set as a heat map), and the gate's figures against the
 * version that was live when it was assessed.
 */
final class VersionCard extends VerticalLayout {

    private final H3 title = new H3();
    private final FormLayout facts = new FormLayout();
    private final FormLayout perClass = new FormLayout();
    private final ConfusionChart mistakes = new ConfusionChart();
    private final Recognizer recognizer;

    VersionCard(Recognizer recognizer) {
        this.recognizer = recognizer;
        setId("card");
        setPadding(false);
        // each class above its figure: beside it, a label's width pushed the figure under the next class
        perClass.setId("class-accuracy");
        perClass.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 4, FormLayout.ResponsiveStep.LabelsPosition.TOP),
                new FormLayout.ResponsiveStep("40em", 11, FormLayout.ResponsiveStep.LabelsPosition.TOP));
        add(title, facts, new Span("Accuracy of each class (0–9 the MNIST test digits, 10 held-out non-digits):"),
                perClass, new Span("Its mistakes (answer against the right class):"), mistakes);
    }

    void show(ModelVersion version) {
        setVisible(version != null);
        if (version == null) {
            return;
        }
        title.setText("Version " + version.number() + (version.live() ? " (live)" : "") + " · " + version.name());
        facts.removeAll();
        perClass.removeAll();
        if (version.brokenReason() != null) {
            fact("Broken", version.brokenReason());
        }
        ModelCard card = version.card();
        if (card != null) {
            describe(card);
            ModelCard second = version.secondCard();
            fact("Second digit network", second == null ? "none: answers with one network"
                    : second.version() + ", MNIST test " + Figures.percent(second.testAccuracy()));
            // one network alone refuses fewer non-digits at the same bar: it has its own (README, Upgrading)
            fact("Served at min confidence", String.format(Locale.ROOT, "%.2f (%s)",
                    recognizer.minConfidenceWith(second != null),
                    second == null ? "recognition.one-network-min-confidence" : "recognition.min-confidence"));
        }
        describe(version.gate());
    }

    private void describe(ModelCard card) {
        fact("MNIST test", Figures.percent(card.testAccuracy()));
        if (card.rejections() != null) {
            fact("Non-digits refused", Figures.percent(card.rejections().validationNegatives()));
        }
        fact("Trained on", String.format(Locale.ROOT, "%,d digits%s, %d epoch(s), batch %d", card.trainingImages(),
                card.negatives() == null ? "" : String.format(Locale.ROOT, " and %,d non-digits", card.negatives().total()),
                card.epochs(), card.batchSize()));
        if (card.extraDigits() != null) {
            fact("Also trained on", card.extraDigits());
        }
        ModelCard.FineTuning fineTuning = card.fineTuning();
        if (fineTuning != null) {
            fact("Fine-tuned from", fineTuning.parentVersion());
            fact("Corrections", String.format(Locale.ROOT, "%,d learnt (each %d times an epoch), %,d held out: %s"
                            + " right, the parent %s", fineTuning.correctionsTrained(), fineTuning.oversampling(),
                    fineTuning.correctionsHeldOut(), Figures.percent(fineTuning.heldOutCorrectionsAccuracy()),
                    Figures.percent(fineTuning.parentHeldOutCorrectionsAccuracy())));
        }
        fact("Training", Figures.decimal(card.trainingSeconds()) + " s, " + Figures.decimal(card.imagesPerSecond())
                + " images/s");
        fact(AdminTime.header("Created"), created(card.created()));
        fact("Architecture", card.architecture());
        double[] accuracy = card.perClassAccuracy();
        for (int i = 0; accuracy != null && i < accuracy.length; i++) {
            perClass.addFormItem(new Span(Figures.percent(accuracy[i])), String.valueOf(i));
        }
        mistakes.show(mistakes(card.confusionMatrix()));
    }

    private void describe(GateResult gate) {
        if (gate == null) {
            fact("Gate", "not assessed (a version dropped into the folder, or the first one)");
            return;
        }
        fact("Gate", (gate.passed() ? "passed" : "failed") + ": " + gate.reason());
        fact("Against version", gate.comparedWithVersion());
        fact("MNIST test, this / live", Figures.percent(gate.mnistTestAccuracy()) + " / "
                + Figures.percent(gate.liveMnistTestAccuracy()));
        fact("Held-out corrections, this / live", Figures.percent(gate.correctionsAccuracy()) + " / "
                + Figures.percent(gate.liveCorrectionsAccuracy()) + " of " + gate.correctionsTestSize());
        fact("Non-digits refused, this / live", Figures.percent(gate.nonDigitRefusal()) + " / "
                + Figures.percent(gate.liveNonDigitRefusal()));
    }

    /** The card's ISO instant as the admin pages tell time; as written when it is none (a card edited by hand). */
    private static String created(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return AdminTime.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private void fact(String label, String value) {
        facts.addFormItem(new Span(value), label);
    }

    /** A class as the corrections' heat map names it. */
    private static String classLabel(int index) {
        return index == ModelContract.NOT_A_DIGIT ? Labels.NOT_A_DIGIT : String.valueOf(index);
    }

    /** The confusion matrix's off-diagonal cells: its right answers would drown the mistakes. */
    private static List<Confusion> mistakes(int[][] confusion) {
        List<Confusion> cells = new ArrayList<>();
        for (int right = 0; confusion != null && right < confusion.length; right++) {
            for (int answer = 0; answer < confusion[right].length; answer++) {
                if (answer != right && confusion[right][answer] > 0) {
                    cells.add(new Confusion(classLabel(answer), classLabel(right), confusion[right][answer]));
                }
            }
        }
        cells.sort((a, b) -> Long.compare(b.count(), a.count())); // the chart wants the most frequent first
        return cells;
    }
}
