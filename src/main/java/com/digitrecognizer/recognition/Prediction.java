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
        int digit = ModelContract.argmax(probabilities, row);
        float[] own = Arrays.copyOfRange(probabilities, row * ModelContract.CLASSES, (row + 1) * ModelContract.CLASSES);
        return new Prediction(digit, own[digit], own, modelVersion, elapsedMs, networkInput);
    }

    /** The second most likely digit. */
    public int runnerUp() {
        float[] others = probabilities.clone();
        others[digit] = Float.NEGATIVE_INFINITY;
        return ModelContract.argmax(others, 0);
    }

    public float probabilityOf(int digit) {
        return probabilities[digit];
    }
}
