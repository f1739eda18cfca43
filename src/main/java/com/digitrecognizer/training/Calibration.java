package com.digitrecognizer.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a network's confidence can be trusted: the expected calibration error, and the
 * risk–coverage curve of answering only above a confidence threshold.
 */
final class Calibration {

    static final int BINS = 15;

    /** Per sample: the top probability, and whether its class is the label. */
    record Outcomes(double[] confidences, boolean[] correct) {

        static Outcomes of(float[] probabilities, int[] labels, int classes) {
            double[] confidences = new double[labels.length];
            boolean[] correct = new boolean[labels.length];
            for (int i = 0; i < labels.length; i++) {
                int best = i * classes;
                for (int c = best + 1; c < (i + 1) * classes; c++) {
                    best = probabilities[c] > probabilities[best] ? c : best;
                }
                confidences[i] = probabilities[best];
                correct[i] = best - i * classes == labels[i];
            }
            return new Outcomes(confidences, correct);
        }

        int size() {
            return correct.length;
        }
    }

    /** At one threshold: the share of samples answered (confidence at least the threshold) and the error rate among them. */
    record Point(double threshold, double coverage, double risk) {
    }

    private Calibration() {
    }

    /**
     * ECE with {@link #BINS} equal-width bins of confidence, (m-1)/15 < c <= m/15 (0 in the first):
     * the sum over bins of |accuracy - mean confidence| weighted by the bin's share of the samples.
     */
    static double expectedCalibrationError(Outcomes outcomes) {
        double[] confidenceSums = new double[BINS];
        int[] hits = new int[BINS];
        int[] counts = new int[BINS];
        for (int i = 0; i < outcomes.size(); i++) {
            double confidence = outcomes.confidences()[i];
            int bin = Math.clamp((int) Math.ceil(confidence * BINS) - 1, 0, BINS - 1);
            confidenceSums[bin] += confidence;
            hits[bin] += outcomes.correct()[i] ? 1 : 0;
            counts[bin]++;
        }
        double error = 0;
        for (int bin = 0; bin < BINS; bin++) {
            error += Math.abs(hits[bin] - confidenceSums[bin]) / outcomes.size(); // = |acc - conf| * n_bin / n
        }
        return error;
    }

    /**
     * The risk–coverage curve, one point per distinct confidence from the highest down: what
     * answering only at or above that confidence would cover and how often it would be wrong.
     */
    static List<Point> riskCoverage(Outcomes outcomes) {
        Integer[] order = new Integer[outcomes.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> outcomes.confidences()[i]).reversed());
        List<Point> curve = new ArrayList<>();
        int errors = 0;
        for (int k = 0; k < order.length; k++) {
            errors += outcomes.correct()[order[k]] ? 0 : 1;
            double threshold = outcomes.confidences()[order[k]];
            boolean lastOfTies = k + 1 == order.length || outcomes.confidences()[order[k + 1]] < threshold;
            if (lastOfTies) {
                curve.add(new Point(threshold, (k + 1.0) / order.length, (double) errors / (k + 1)));
            }
        }
        return curve;
    }
}
