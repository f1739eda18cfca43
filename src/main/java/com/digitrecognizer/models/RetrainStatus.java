package com.digitrecognizer.models;

import com.digitrecognizer.training.TrainingProgress;

import java.time.Instant;

/**
 * A retraining job as it stands: its state, where training is (epoch, step, the loss and accuracy
 * of the latest batches, images/s, seconds left), and once it is done the version it made and the
 * gate's verdict, or why it failed.
 */
public record RetrainStatus(long id, State state, String startedBy, Instant startedAt, Instant endedAt,
                            int corrections, int epoch, int epochs, int step, int steps, double loss, double accuracy,
                            double imagesPerSecond, long etaSeconds, Integer version, GateResult gate, String message) {

    public enum State {
        RUNNING, SUCCEEDED, FAILED, CANCELLED
    }

    static RetrainStatus started(long id, String startedBy, int corrections) {
        return new RetrainStatus(id, State.RUNNING, startedBy, Instant.now(), null, corrections, 0, 0, 0, 0, 0, 0, 0, 0,
                null, null, "starting");
    }

    RetrainStatus with(TrainingProgress p) {
        return new RetrainStatus(id, state, startedBy, startedAt, endedAt, corrections, p.epoch(), p.epochs(), p.step(),
                p.steps(), p.loss(), p.accuracy(), p.imagesPerSecond(), p.eta().toSeconds(), version, gate, "training");
    }

    RetrainStatus with(String message) {
        return new RetrainStatus(id, state, startedBy, startedAt, endedAt, corrections, epoch, epochs, step, steps, loss,
                accuracy, imagesPerSecond, etaSeconds, version, gate, message);
    }

    RetrainStatus ended(State end, Integer madeVersion, GateResult verdict, String why) {
        return new RetrainStatus(id, end, startedBy, startedAt, Instant.now(), corrections, epoch, epochs, step, steps,
                loss, accuracy, imagesPerSecond, 0, madeVersion, verdict, why);
    }

    /** The share of the training done, 0 to 1. */
    public double done() {
        return steps == 0 ? 0 : ((epoch - 1) * (double) steps + step) / ((double) steps * epochs);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
