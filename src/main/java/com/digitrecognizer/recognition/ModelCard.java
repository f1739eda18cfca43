package com.digitrecognizer.recognition;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The model card beside the SavedModel ({@value ModelContract#CARD_FILE}): what the model is, how it
 * was made and how well it does. The trainer writes it, the app reads it with the model and
 * serves it as it is. {@code testAccuracy} counts every answer on the MNIST test digits ("not a
 * digit" on a digit is an error); {@code confusionMatrixOf} says what the rows of the eleven
 * classes hold; {@code extraDigits} what the network learnt beside MNIST's digits (null: nothing).
 */
public record ModelCard(
        String version,
        String architecture,
        long parameters,
        Map<String, String> input,
        Map<String, String> output,
        Map<String, String> dataSha256,
        int trainingImages,
        String extraDigits,
        int epochs,
        int batchSize,
        long seed,
        String augmentation,
        Negatives negatives,
        double trainingSeconds,
        double imagesPerSecond,
        double testAccuracy,
        double[] perClassAccuracy,
        int[][] confusionMatrix,
        String confusionMatrixOf,
        CalibrationReport calibration,
        Rejections rejections,
        String tensorflowVersion,
        String created,
        FineTuning fineTuning) {

    /**
     * How a fine-tuned model was made from its parent (null for a model trained from scratch):
     * the corrections it trained on, each seen {@code oversampling} times an epoch, and its
     * accuracy and the parent's on the held-out corrections, every answer counted.
     */
    public record FineTuning(String parentVersion, int correctionsTrained, int correctionsHeldOut, int oversampling,
                             double heldOutCorrectionsAccuracy, double parentHeldOutCorrectionsAccuracy) {
    }

    /**
     * The drawings the network learnt as "not a digit": {@code perEpoch} fresh ones each epoch,
     * {@code total} in all, by kind.
     */
    public record Negatives(String description, int perEpoch, long total, Map<String, Long> totalByKind) {
    }

    /**
     * How the probabilities were calibrated, all of it folded into the exported model: the
     * temperature, then the prior of "not a digit" moved from its share in training to the share
     * expected in use (an offset to its logit); and the expected calibration error, in
     * {@code bins} bins, of the network's own softmax (before) and of the served probabilities (after).
     */
    public record CalibrationReport(String method, String fittedOn, double temperature,
                                    double notADigitShareInTraining, double notADigitShareExpected,
                                    double notADigitLogitOffset, int bins,
                                    double mnistTestEceBefore, double mnistTestEceAfter,
                                    double drawnTestEceBefore, double drawnTestEceAfter, String drawnTest) {
    }

    /** Shares of each set whose most likely class is "not a digit". */
    public record Rejections(double validationNegatives, Map<String, Double> validationNegativesByKind,
                             double mnistTestDigits, double drawnTestDigits) {
    }

    // lenient: a card written by an older or newer trainer still loads, only the version is required
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Writes the card into the model's folder. */
    public void write(Path directory) {
        JSON.writeValue(directory.resolve(ModelContract.CARD_FILE).toFile(), this);
    }

    /** The card in {@code directory}; {@link DigitClassifier.ModelLoadException} when it is missing or unreadable. */
    public static ModelCard read(Path directory) {
        Path file = directory.resolve(ModelContract.CARD_FILE);
        if (!Files.isRegularFile(file)) {
            throw new DigitClassifier.ModelLoadException("No model card at " + file
                    + ": the SavedModel must come with the model.json the trainer writes", null);
        }
        ModelCard card;
        try {
            card = JSON.readValue(file.toFile(), ModelCard.class);
        } catch (JacksonException e) {
            throw new DigitClassifier.ModelLoadException("Cannot read the model card " + file + ": " + e.getMessage(), e);
        }
        if (card.version() == null) {
            throw new DigitClassifier.ModelLoadException("The model card " + file + " has no version", null);
        }
        return card;
    }
}
