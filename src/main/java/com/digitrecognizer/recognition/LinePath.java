package com.digitrecognizer.recognition;

import java.util.ArrayList;
import java.util.List;

import static com.digitrecognizer.recognition.LineContract.BLANK;
import static com.digitrecognizer.recognition.LineContract.CLASSES;

/**
 * The marks the line network spells out along a line, digits or not: at each position its likeliest class,
 * repeats merged and blanks dropped (CTC's best path). Each digit keeps the positions it spans
 * and its probabilities where it was surest; the whole reading keeps how probable the network
 * finds exactly this text, over every way of placing it along the line.
 *
 * @param digits      left to right
 * @param probability of the text, summed over all its alignments (the CTC forward pass)
 */
public record LinePath(List<Digit> digits, double probability) {

    /** One digit: positions {@code first} to {@code last}, and the class probabilities at its surest position {@code surest}. */
    public record Digit(int digit, int first, int last, int surest, float[] probabilities) {
    }

    /** The digits, and {@code ?} for a mark that is none. */
    public String text() {
        StringBuilder text = new StringBuilder();
        digits.forEach(d -> text.append(d.digit() == LineContract.NOT_A_DIGIT ? '?' : Character.forDigit(d.digit(), 10)));
        return text.toString();
    }

    /** The best path through {@code positions} rows of class probabilities starting at {@code offset}. */
    public static LinePath of(float[] steps, int offset, int positions) {
        List<Digit> digits = new ArrayList<>();
        int previous = BLANK;
        int first = 0;
        int surest = 0;
        for (int t = 0; t <= positions; t++) {
            int best = t == positions ? BLANK : argmax(steps, offset + t * CLASSES);
            if (best != previous && previous != BLANK) {
                digits.add(new Digit(previous, first, t - 1, surest, row(steps, offset + surest * CLASSES)));
            }
            if (best != previous) {
                first = t;
                surest = t;
            } else if (best != BLANK && steps[offset + t * CLASSES + best] > steps[offset + surest * CLASSES + best]) {
                surest = t;
            }
            previous = best;
        }
        return new LinePath(digits, probability(steps, offset, positions, digits));
    }

    /** CTC's forward pass: the probability of the digits' sequence, summed over every alignment. */
    private static double probability(float[] steps, int offset, int positions, List<Digit> digits) {
        int states = 2 * digits.size() + 1; // blank, digit, blank, digit, ..., blank
        double[] alpha = new double[states];
        double[] next = new double[states];
        double logScale = 0;
        alpha[0] = steps[offset + BLANK];
        if (states > 1) {
            alpha[1] = steps[offset + digits.getFirst().digit()];
        }
        for (int t = 1; t < positions; t++) {
            int row = offset + t * CLASSES;
            double sum = 0;
            for (int s = 0; s < states; s++) {
                int label = s % 2 == 0 ? BLANK : digits.get(s / 2).digit();
                double a = alpha[s] + (s > 0 ? alpha[s - 1] : 0);
                if (s > 1 && label != BLANK && label != digits.get(s / 2 - 1).digit()) {
                    a += alpha[s - 2];
                }
                next[s] = a * steps[row + label];
                sum += next[s];
            }
            if (sum == 0) {
                return 0;
            }
            for (int s = 0; s < states; s++) { // rescaled at every step against underflow
                alpha[s] = next[s] / sum;
            }
            logScale += Math.log(sum);
        }
        double end = alpha[states - 1] + (states > 1 ? alpha[states - 2] : 0);
        return Math.exp(Math.log(end) + logScale);
    }

    private static int argmax(float[] steps, int row) {
        int best = 0;
        for (int c = 1; c < CLASSES; c++) {
            best = steps[row + c] > steps[row + best] ? c : best;
        }
        return best;
    }

    private static float[] row(float[] steps, int row) {
        float[] probabilities = new float[CLASSES];
        System.arraycopy(steps, row, probabilities, 0, CLASSES);
        return probabilities;
    }
}
