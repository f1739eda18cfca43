package com.digitrecognizer.training;

/**
 * What the promotion gate compares, measured on one model as serving answers: accuracy on the
 * MNIST test digits and on the held-out corrections, every answer counted, and the share of
 * unseen non-digits answered "not a digit".
 */
public record GateFigures(double mnistTestAccuracy, double correctionsAccuracy, int correctionsTestSize,
                          double nonDigitRefusal) {

    @Override
    public String toString() {
        return String.format("MNIST test %.2f %%, held-out corrections %.2f %% of %d, non-digits refused %.2f %%",
                mnistTestAccuracy * 100, correctionsAccuracy * 100, correctionsTestSize, nonDigitRefusal * 100);
    }
}
