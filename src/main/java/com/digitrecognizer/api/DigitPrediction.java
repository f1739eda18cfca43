package com.digitrecognizer.api;

import com.digitrecognizer.recognition.Prediction;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What the API answers for one image: the likeliest digit and the verdict on it. Only an
 * {@code accepted} digit is an answer; otherwise the verdict says why not.
 */
@Schema(description = "The verdict on one image: a digit (accepted), unsure between two digits, or not a digit")
record DigitPrediction(
        @Schema(description = "The likeliest of the ten digits; the answer only when accepted", example = "7")
        int digit,
        @Schema(description = "The probability of that digit", example = "0.998")
        float confidence,
        @Schema(description = "Whether digit is the answer: true exactly when verdict is \"digit\"", example = "true")
        boolean accepted,
        @Schema(description = "\"digit\": the digit is at least recognition.min-confidence probable (for a model version "
                + "with one digit network recognition.one-network-min-confidence); \"unsure\": it looks "
                + "like a digit, but none is that probable (see candidates); \"not-a-digit\": no digit is more probable "
                + "than \"not a digit\"", allowableValues = {"digit", "unsure", "not-a-digit"}, example = "digit")
        String verdict,
        @ArraySchema(arraySchema = @Schema(description = "When unsure, the two likeliest digits, likelier first; "
                + "otherwise empty", example = "[]"), schema = @Schema(minimum = "0", maximum = "9"), maxItems = 2)
        List<Integer> candidates,
        @Schema(description = "Probability of each digit, index = digit")
        float[] probabilities,
        @Schema(description = "Probability that the image is no digit at all (letter, symbol, scribble); with the ten "
                + "digit probabilities it sums to 1", example = "0.001")
        float notADigitProbability,
        @Schema(description = "Version of the model that answered", example = "mnist-cnn-20261207-351f2f2a")
        String modelVersion,
        @Schema(description = "Milliseconds spent recognising (for a batch: the whole batch)", example = "1.2")
        double elapsedMs) {

    /** Elapsed time to the microsecond: more digits would be noise. */
    static DigitPrediction of(Prediction prediction) {
        return new DigitPrediction(prediction.digit(), prediction.confidence(), prediction.accepted(),
                prediction.verdict().label(), prediction.candidates(), prediction.probabilities(),
                prediction.notADigitProbability(), prediction.modelVersion(), roundedMs(prediction.elapsedMs()));
    }

    static double roundedMs(double elapsedMs) {
        return Math.round(elapsedMs * 1000) / 1000.0;
    }
}
