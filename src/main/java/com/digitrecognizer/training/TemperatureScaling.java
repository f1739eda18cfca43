package com.digitrecognizer.training;

/**
 * Temperature scaling (Guo et al., 2017): every logit divided by one temperature T, fitted on
 * held-out data by minimising the negative log-likelihood. It never changes which class wins,
 * only how sure the probabilities say the network is: T > 1 softens an over-confident network.
 * <p>
 * Logits may be any per-row shift of the network's: the log of its probabilities will do.
 */
record TemperatureScaling(double temperature) {

    /** The range searched: beyond it a network is hopeless or the data separable. */
    static final double COLDEST = 0.01;
    static final double HOTTEST = 100;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    TemperatureScaling {
        if (!(temperature > 0 && temperature < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
    }

    /**
     * The temperature of least negative log-likelihood for {@code labels.length} samples whose
     * {@code classes} logits lie one row after another. Golden-section search on log T: the
     * likelihood is convex in 1/T, so it has one minimum, found to a relative 1e-6.
     */
    static TemperatureScaling fit(float[] logits, int[] labels, int classes) {
        check(logits, labels, classes);
        double low = Math.log(COLDEST);
        double high = Math.log(HOTTEST);
        double a = high - GOLDEN * (high - low);
        double b = low + GOLDEN * (high - low);
        double fa = negativeLogLikelihood(logits, labels, classes, Math.exp(a));
        double fb = negativeLogLikelihood(logits, labels, classes, Math.exp(b));
        while (high - low > 1e-6) {
            if (fa <= fb) {
                high = b;
                b = a;
                fb = fa;
                a = high - GOLDEN * (high - low);
                fa = negativeLogLikelihood(logits, labels, classes, Math.exp(a));
            } else {
                low = a;
                a = b;
                fa = fb;
                b = low + GOLDEN * (high - low);
                fb = negativeLogLikelihood(logits, labels, classes, Math.exp(b));
            }
        }
        return new TemperatureScaling(Math.exp((low + high) / 2));
    }

    /** softmax(logits / T), row by row. */
    float[] probabilities(float[] logits, int classes) {
        float[] probabilities = new float[logits.length];
        for (int from = 0; from < logits.length; from += classes) {
            double max = max(logits, from, classes);
            double sum = 0;
            for (int c = from; c < from + classes; c++) {
                sum += Math.exp((logits[c] - max) / temperature);
            }
            for (int c = from; c < from + classes; c++) {
                probabilities[c] = (float) (Math.exp((logits[c] - max) / temperature) / sum);
            }
        }
        return probabilities;
    }

    /** Mean of -log softmax(logits / T)[label] over the samples. */
    static double negativeLogLikelihood(float[] logits, int[] labels, int classes, double temperature) {
        check(logits, labels, classes);
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            int from = i * classes;
            double max = max(logits, from, classes);
            double sum = 0;
            for (int c = from; c < from + classes; c++) {
                sum += Math.exp((logits[c] - max) / temperature);
            }
            // log-sum-exp shifted by the largest logit: no overflow, however cold
            total += Math.log(sum) - (logits[from + labels[i]] - max) / temperature;
        }
        return total / labels.length;
    }

    private static double max(float[] logits, int from, int classes) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = from; c < from + classes; c++) {
            max = Math.max(max, logits[c]);
        }
        return max;
    }

    private static void check(float[] logits, int[] labels, int classes) {
        if (labels.length == 0 || logits.length != labels.length * classes) {
            throw new IllegalArgumentException(labels.length + " samples of " + classes + " classes need "
                    + labels.length * classes + " logits, got " + logits.length);
        }
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " is not one of the " + classes + " classes");
            }
        }
    }
}
