package com.digitrecognizer.recognition;

import java.util.Arrays;
import java.util.List;

/**
 * What the network says of one image: the most likely digit, its probability, the ten digit
 * probabilities (index = digit), the probability that the drawing is no digit at all, the
 * {@link Verdict} on it, the model that said it, how long it took, and the 28x28 image the
 * network saw (ink = 1, row-major). The ten digit probabilities and
 * {@link #notADigitProbability()} sum to 1.
 */
public record Prediction(int digit, float confidence, float[] probabilities, float notADigitProbability,
                         Verdict verdict, String modelVersion, double elapsedMs, float[] networkInput) {

    /** Row {@code row} of the model's output, judged against {@code minConfidence}. */
    static Prediction of(float[] probabilities, int row, float minConfidence, String modelVersion, double elapsedMs,
                         float[] networkInput) {
        int from = row * ModelContract.CLASSES;
        float[] digits = Arrays.copyOfRange(probabilities, from, from + ModelContract.DIGITS);
        int digit = ModelContract.indexOfMax(digits, 0, ModelContract.DIGITS);
        float notADigit = probabilities[from + ModelContract.NOT_A_DIGIT];
        return new Prediction(digit, digits[digit], digits, notADigit,
                Verdict.of(digits[digit], notADigit, minConfidence), modelVersion, elapsedMs, networkInput);
    }

    /** The same answer, unsure: another reader of the drawing says otherwise. */
    Prediction unsure() {
        return judged(Verdict.UNSURE);
    }

    /** The same answer, sure: another reader of the drawing, reading it another way, says the same. */
    Prediction sure() {
        return judged(Verdict.DIGIT);
    }

    private Prediction judged(Verdict newVerdict) {
        return new Prediction(digit, confidence, probabilities, notADigitProbability, newVerdict, modelVersion,
                elapsedMs, networkInput);
    }

    /** Whether {@link #digit()} is the answer: the verdict is {@link Verdict#DIGIT}. */
    public boolean accepted() {
        return verdict == Verdict.DIGIT;
    }

    /** When {@linkplain Verdict#UNSURE unsure}, the two likeliest digits, likelier first; else none. */
    public List<Integer> candidates() {
        return verdict == Verdict.UNSURE ? List.of(digit, runnerUp()) : List.of();
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
