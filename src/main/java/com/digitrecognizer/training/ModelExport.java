package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
import org.tensorflow.TensorFlow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last steps of training and fine-tuning alike: calibrate the trained network on the
 * validation split (temperature, then the prior of "not a digit" moved from its share in
 * training to {@code expectedShare}), assess it before and after, export it and write its card.
 */
final class ModelExport {

    /**
     * What the training run was, for the card: {@code extraDigits} says what digits it trained on
     * beside MNIST's (null: none); {@code fineTuning} null for a model trained from scratch.
     */
    record Run(String architecture, MnistData train, String extraDigits, Trainer.Settings settings, Trainer.Outcome outcome,
               Map<String, String> checksums, double expectedShare, FineTuningReport fineTuning) {
    }

    /** A fine-tune's part of the card, which judges the model as it will be served. */
    interface FineTuningReport {
        ModelCard.FineTuning of(Evaluation.Model served);
    }

    /** The card written, the calibration folded into the export, and the assessments before and after it. */
    record Exported(ModelCard card, OutputCalibration calibration, Assessment before, Assessment after) {
    }

    private ModelExport() {
    }

    static Exported calibrateAndExport(Network network, HeldOut heldOut, Run run, Path out) throws IOException {
        Examples validation = heldOut.validation();
        TemperatureScaling temperature = TemperatureScaling.fit(Evaluation.outputs(network::logits, validation),
                validation.labels(), ModelContract.CLASSES);
        OutputCalibration calibration = new OutputCalibration(temperature,
                OutputCalibration.priorOffset(run.outcome().notADigitShare(), run.expectedShare()));
        Assessment before = Assessment.of(heldOut, network::predict);
        // what the export will answer
        Evaluation.Model served = (images, count) -> calibration.probabilities(network.logits(images, count));
        Assessment after = Assessment.of(heldOut, served);
        List<Layer<float[]>> weights = network.foldedWeights();
        SavedModelExport.export(weights, network.kernelShapes(), calibration, out);
        ModelCard.FineTuning fineTuning = run.fineTuning() == null ? null : run.fineTuning().of(served);
        ModelCard card = card(version(weights), network.parameterCount(), run, calibration, before, after, fineTuning);
        card.write(out);
        return new Exported(card, calibration, before, after);
    }

    private static ModelCard card(String version, long parameters, Run run, OutputCalibration calibration,
                                  Assessment before, Assessment after, ModelCard.FineTuning fineTuning) {
        Trainer.Settings settings = run.settings();
        Trainer.Outcome outcome = run.outcome();
        Map<String, Long> negativesByKind = new LinkedHashMap<>();
        outcome.negativesByKind().forEach((kind, count) -> negativesByKind.put(kind.name(), count));
        Map<String, Double> rejectedByKind = new LinkedHashMap<>();
        after.rejectedByKind().forEach((kind, share) -> rejectedByKind.put(kind.name(), share));
        Evaluation all = after.digitsAndNegatives();
        return new ModelCard(version, run.architecture(), parameters,
                ModelContract.INPUT_DESCRIPTION, ModelContract.OUTPUT_DESCRIPTION, run.checksums(), run.train().size(),
                run.extraDigits(), settings.epochs(), settings.batchSize(), settings.seed(), Augmenter.DESCRIPTION,
                new ModelCard.Negatives("class " + ModelContract.NOT_A_DIGIT + ": every epoch, 1 per "
                        + settings.digitsPerNegative() + " training digits, fresh NonDigits (seed + epoch) made from"
                        + " the training digits, augmented as the digits are", outcome.negativesPerEpoch(),
                        negativesByKind.values().stream().mapToLong(Long::longValue).sum(), negativesByKind),
                round(outcome.seconds()), round(outcome.imagesPerSecond()),
                after.mnistTest().accuracy(), all.perClassAccuracy(), all.confusion(),
                "rows: true class, 0-9 the MNIST test digits, " + ModelContract.NOT_A_DIGIT + " the validation non-digits;"
                        + " columns: the most likely class",
                new ModelCard.CalibrationReport("temperature scaling fitted on the validation split, then the prior of"
                        + " \"not a digit\" moved to its expected share in use; both folded into the last layer",
                        HeldOut.VALIDATION, calibration.temperature().temperature(), outcome.notADigitShare(),
                        run.expectedShare(), calibration.notADigitOffset(), Calibration.BINS, before.mnistTestEce(),
                        after.mnistTestEce(), before.drawnTestEce(), after.drawnTestEce(), HeldOut.DRAWN_TEST),
                new ModelCard.Rejections(after.validationNegatives().rejected(), rejectedByKind,
                        after.mnistTest().rejected(), after.drawnTest().rejected()),
                TensorFlow.version(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
                fineTuning);
    }

    /** Date and a digest of the weights: two different models never share a version. */
    private static String version(List<Layer<float[]>> weights) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
