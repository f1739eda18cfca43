package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Fine-tunes the shipped model on one writer's corrections ({@link QuirkyWriter}: a quirk and
 * crossed 7s) and MNIST, then measures what serving will answer before and after: accuracy on the
 * held-out fifth of the corrections, on the MNIST test digits, refusal of unseen non-digits, the
 * gate's verdict, and the speed. The yardstick: the parent's inference speed on the gate's sets,
 * measured in the same run just before training, to read the training speed against the load.
 * <pre>./mvnw -Pbench test-compile exec:exec@bench -Dbench.main=com.digitrecognizer.training.CorrectionsLearning
 *     -Dbench.args="[--quirk SLASHED_ZERO|CONTINENTAL_ONE] [--corrections 1250] [--epochs 1]
 *     [--learning-rate 2e-4] [--oversampling 8] [--trainable-layers 2] [--data DIR] [--from saved_model]"</pre>
 */
public final class CorrectionsLearning {

    private CorrectionsLearning() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("corrections", "epochs", "data", "from", "oversampling",
                "learning-rate", "quirk", "trainable-layers"));
        Path parent = Path.of(options.text("from", "saved_model"));
        Path data = options.path("data") != null ? options.path("data") : Path.of("target", "mnist");
        QuirkyWriter.Quirk quirk = QuirkyWriter.Quirk.valueOf(options.text("quirk", "SLASHED_ZERO"));
        CorrectionSet corrections = QuirkyWriter.corrections(quirk, options.integer("corrections", 1250), 7);
        FineTune.Settings defaults = FineTune.Settings.defaults();
        double rate = options.decimal("learning-rate", defaults.initialRate());
        FineTune.Settings settings = new FineTune.Settings(options.integer("epochs", defaults.epochs()),
                defaults.batchSize(), rate, rate / 10, defaults.seed(), defaults.digitsPerNegative(),
                options.integer("oversampling", defaults.oversampling()),
                options.integer("trainable-layers", defaults.trainableLayers()), defaults.expectedNotADigitShare());
        Gate gate = Gate.of(data, corrections.split(settings.seed()).heldOut());
        GateFigures before = measure(gate, parent, "before");

        Path staging = Files.createTempDirectory("fine-tune").resolve("candidate");
        long start = System.nanoTime();
        FineTune.Result result = new FineTune(settings).run(parent, data, corrections, staging, System.out::println,
                () -> false);
        System.out.printf("%s, %s: %d corrections trained on (x%d), %d held out; fine-tune %.0f s in all (training %.0f s"
                        + " at %.0f images/s, then calibration, assessment and export)%n", quirk, settings,
                result.card().fineTuning().correctionsTrained(), settings.oversampling(), result.heldOut().size(),
                (System.nanoTime() - start) / 1e9, result.card().trainingSeconds(), result.card().imagesPerSecond());
        GateFigures after = measure(gate, staging, "after");
        System.out.println("gate: " + Gate.shortfall(after, before).orElse("passed"));
    }

    private static GateFigures measure(Gate gate, Path model, String when) {
        try (DigitClassifier classifier = DigitClassifier.load(model, 2)) {
            long start = System.nanoTime();
            GateFigures figures = gate.measure(classifier);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s %s: %s (inference %.0f images/s)%n", when, classifier.card().version(), figures,
                    (Gate.NON_DIGITS + 10_000 + figures.correctionsTestSize()) / seconds);
            return figures;
        }
    }
}
