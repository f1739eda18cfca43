package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Fine-tunes the shipped model on one writer's corrections ({@link QuirkyWriter}: crossed 7s, open
 * 4s) and MNIST, then measures what serving will answer before and after: accuracy on the
 * held-out fifth of the corrections, on the MNIST test digits, and the speed.
 * <pre>./mvnw -Pbench test-compile exec:exec@bench -Dbench.main=com.digitrecognizer.training.CorrectionsLearning
 *     -Dbench.args="[--corrections 1250] [--epochs 1] [--learning-rate 2e-4] [--oversampling 8] [--data DIR]
 *     [--from saved_model]"</pre>
 */
public final class CorrectionsLearning {

    private CorrectionsLearning() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("corrections", "epochs", "data", "from", "oversampling",
                "learning-rate"));
        Path parent = Path.of(options.text("from", "saved_model"));
        Path data = options.path("data") != null ? options.path("data") : Path.of("target", "mnist");
        CorrectionSet corrections = QuirkyWriter.corrections(options.integer("corrections", 1250), 7);
        FineTune.Settings defaults = FineTune.Settings.defaults();
        FineTune.Settings settings = new FineTune.Settings(options.integer("epochs", defaults.epochs()),
                defaults.batchSize(), options.decimal("learning-rate", defaults.initialRate()),
                options.decimal("learning-rate", defaults.initialRate()) / 10, defaults.seed(),
                defaults.digitsPerNegative(), options.integer("oversampling", defaults.oversampling()),
                defaults.expectedNotADigitShare());
        Path staging = Files.createTempDirectory("fine-tune").resolve("candidate");
        long start = System.nanoTime();
        FineTune.Result result = new FineTune(settings).run(parent, data, corrections, staging,
                System.out::println, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d corrections trained on (x%d), %d held out; fine-tune %.0f s in all, training %.0f s,"
                        + " %.0f images/s%n", settings, result.card().fineTuning().correctionsTrained(),
                settings.oversampling(), result.heldOut().size(), seconds, result.card().trainingSeconds(),
                result.card().imagesPerSecond());
        Gate gate = Gate.of(data, result.heldOut());
        GateFigures[] figures = new GateFigures[2];
        Path[] models = {parent, staging};
        for (int i = 0; i < models.length; i++) {
            try (DigitClassifier classifier = DigitClassifier.load(models[i], 2)) {
                figures[i] = gate.measure(classifier);
                System.out.printf("%s %s: %s%n", i == 0 ? "before" : "after ", classifier.card().version(), figures[i]);
            }
        }
        System.out.println("gate: " + Gate.shortfall(figures[1], figures[0]).orElse("passed"));
    }
}
