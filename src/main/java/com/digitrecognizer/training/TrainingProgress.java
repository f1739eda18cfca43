package com.digitrecognizer.training;

import java.time.Duration;

/**
 * Where a training run stands: at {@code step} of {@code steps} in epoch {@code epoch} of
 * {@code epochs}; the mean loss and the share answered right of the training batches since the
 * last report (before each step's update), the speed so far and the time left at that speed.
 */
public record TrainingProgress(int epoch, int epochs, int step, int steps, double loss, double accuracy,
                               double imagesPerSecond, Duration eta) {

    @Override
    public String toString() {
        return String.format("epoch %d/%d  step %d/%d  loss %.4f  accuracy %.2f %%  %.0f images/s  ETA %s", epoch, epochs,
                step, steps, loss, accuracy * 100, imagesPerSecond, Trainer.format(eta));
    }
}
