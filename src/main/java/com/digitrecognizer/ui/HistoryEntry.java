package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.Prediction;

import java.time.LocalTime;

/**
 * One drawing of this session as its history row shows it: the thumbnail, what the network said,
 * how long it took, and when.
 */
record HistoryEntry(String thumbnail, int digit, float confidence, int runnerUp, float runnerUpProbability,
                    double elapsedMs, LocalTime time) {

    /** Keeps only what the row shows: a session holds up to a hundred rows, not their network inputs. */
    static HistoryEntry of(String thumbnail, Prediction prediction, LocalTime time) {
        int runnerUp = prediction.runnerUp();
        return new HistoryEntry(thumbnail, prediction.digit(), prediction.confidence(), runnerUp,
                prediction.probabilityOf(runnerUp), prediction.elapsedMs(), time);
    }
}
