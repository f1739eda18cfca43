package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Verdict;

import java.time.LocalTime;

/**
 * One drawing of this session as its history row shows it: the thumbnail, the verdict, the likeliest
 * digit, how sure the network was of its verdict, what came next, how long it took, and when. For
 * "not a digit" the confidence is that of "not a digit" and the runner-up is the likeliest digit;
 * otherwise they are the likeliest digit's and the second likeliest digit.
 */
record HistoryEntry(String thumbnail, Verdict verdict, int digit, float confidence, int runnerUp,
                    float runnerUpProbability, double elapsedMs, LocalTime time) {

    /** Keeps only what the row shows: a session holds up to a hundred rows, not their network inputs. */
    static HistoryEntry of(String thumbnail, Prediction prediction, LocalTime time) {
        boolean noDigit = prediction.verdict() == Verdict.NOT_A_DIGIT;
        int runnerUp = noDigit ? prediction.digit() : prediction.runnerUp();
        return new HistoryEntry(thumbnail, prediction.verdict(), prediction.digit(),
                noDigit ? prediction.notADigitProbability() : prediction.confidence(), runnerUp,
                prediction.probabilityOf(runnerUp), prediction.elapsedMs(), time);
    }
}
