package com.digitrecognizer.api;

import com.digitrecognizer.recognition.Prediction;
import io.swagger.v3.oas.annotations.media.Schema;

/** One recognised digit as the API answers it. */
record DigitPrediction(
        @Schema(description = "The digit recognised", example = "7") int digit,
        @Schema(description = "The network's probability of that digit", example = "0.998") float confidence,
        @Schema(description = "Probability of each digit, index = digit; what they leave of 1 is the probability that the image is no digit") float[] probabilities,
        @Schema(description = "Version of the model that answered", example = "mnist-cnn-20261126-d7cdccf3") String modelVersion,
        @Schema(description = "Milliseconds spent recognising (for a batch: the whole batch)", example = "1.2") double elapsedMs) {

    /** Elapsed time to the microsecond: more digits would be noise. */
    static DigitPrediction of(Prediction prediction) {
        return new DigitPrediction(prediction.digit(), prediction.confidence(), prediction.probabilities(),
                prediction.modelVersion(), Math.round(prediction.elapsedMs() * 1000) / 1000.0);
    }
}
