package com.digitrecognizer.recognition;

import java.util.Arrays;

/**
 * What the network says of one image: the most likely digit, its probability, the ten digit
 * probabilities (index = digit), the probability that the drawing is no digit at all, the model
 * that said it, how long it took, and the 28x28 image the network saw (ink = 1, row-major).
 * The ten digit probabilities and {@link #notADigitProbability()} sum to 1.
 */
public record Prediction(int digit, float confidence, float[] probabilities, float notADigitProbability,
                         String modelVersion, double elapsedMs, float[] networkInput) {

    static Prediction of(float[] probabilities, int row, String modelVersion, double elapsedMs, float[] networkInput) {
        int from = row * ModelContract.CLASSES;
        float[] digits = Arrays.copyOfRange(probabilities, from, from + ModelContract.DIGITS);
        int digit = ModelContract.indexOfMax(digits, 0, ModelContract.DIGITS);
        return new Prediction(digit, digits[digit], digits, probabilities[from + ModelContract.NOT_A_DIGIT],
                modelVersion, elapsedMs, networkInput);
    }

    /** The second most likely digit. */
    public int runnerUp() {
        float[] others = probabilities.clone();
        others[digit] = Float.NEGATIVE_INFINITY;
        return ModelContract.indexOfMax(others, 0, ModelContract.DIGITS);
    }

    public float probabilityOf(int digit) {
        return probabilities[digit];
    }
}
