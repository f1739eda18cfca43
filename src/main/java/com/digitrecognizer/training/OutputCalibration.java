package com.digitrecognizer.training;

import static com.digitrecognizer.recognition.ModelContract.CLASSES;
import static com.digitrecognizer.recognition.ModelContract.NOT_A_DIGIT;

/**
 * What the export folds into the last layer so that serving's plain softmax gives trustworthy
 * probabilities: the logits divided by the {@code temperature} fitted on validation data, and
 * {@code notADigitOffset} added to the scaled logit of "not a digit", which moves its prior from
 * its share in training to its expected share in use (Bayes: the posterior odds scale with the
 * prior odds).
 */
record OutputCalibration(TemperatureScaling temperature, double notADigitOffset) {

    /**
     * The offset that turns a network trained with {@code trainingShare} of non-digits into one
     * for {@code expectedShare} of them.
     */
    static double priorOffset(double trainingShare, double expectedShare) {
        return logOdds(expectedShare) - logOdds(trainingShare);
    }

    /** softmax(logits / T + offset on "not a digit"), row by row. */
    float[] probabilities(float[] logits) {
        float[] shifted = logits.clone();
        for (int i = NOT_A_DIGIT; i < shifted.length; i += CLASSES) {
            shifted[i] += (float) (notADigitOffset * temperature.temperature()); // divided by T below
        }
        return temperature.probabilities(shifted, CLASSES);
    }

    /** The last layer giving those logits: (Wx + b) / T + o = (W / T) x + (b / T + o). */
    Layer<float[]> folded(Layer<float[]> last) {
        float[] bias = scaled(last.bias(), 1 / temperature.temperature());
        bias[NOT_A_DIGIT] += (float) notADigitOffset;
        return new Layer<>(scaled(last.kernel(), 1 / temperature.temperature()), bias, last.poolAfter());
    }

    /** The last layer as it was before {@link #folded}: W = T (W / T), b = T (b / T + o - o). */
    Layer<float[]> unfolded(Layer<float[]> served) {
        float[] bias = served.bias().clone();
        bias[NOT_A_DIGIT] -= (float) notADigitOffset;
        return new Layer<>(scaled(served.kernel(), temperature.temperature()),
                scaled(bias, temperature.temperature()), served.poolAfter());
    }

    private static float[] scaled(float[] values, double factor) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) (values[i] * factor);
        }
        return result;
    }

    private static double logOdds(double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("a share of non-digits must lie strictly between 0 and 1, got " + share);
        }
        return Math.log(share / (1 - share));
    }
}
