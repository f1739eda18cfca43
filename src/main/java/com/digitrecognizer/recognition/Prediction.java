package com.digitrecognizer.recognition;

import java.util.Arrays;

/**
 * What the network says of one image: the digit, how sure it is, all ten probabilities
 * (index = digit), the model that said it, how long it took, and the 28x28 image the network
 * saw (ink = 1, row-major).
 */
public record Prediction(int digit, float confidence, float[] probabilities, String modelVersion,
                         double elapsedMs, float[] networkInput) {

    static Prediction of(float[] probabilities, int row, String modelVersion, double elapsedMs, float[] networkInput) {
        float[] own = Arrays.copyOfRange(probabilities, row * DigitClassifier.CLASSES,
                (row + 1) * DigitClassifier.CLASSES);
        int best = rank(own, -1);
        return new Prediction(best, own[best], own, modelVersion, elapsedMs, networkInput);
    }

    /** The second most likely digit. */
    public int runnerUp() {
        return rank(probabilities, digit);
    }

    public float probabilityOf(int digit) {
        return probabilities[digit];
    }

    private static int rank(float[] probabilities, int excluded) {
        int best = -1;
        for (int d = 0; d < probabilities.length; d++) {
            if (d != excluded && (best < 0 || probabilities[d] > probabilities[best])) {
                best = d;
            }
        }
        return best;
    }
}
