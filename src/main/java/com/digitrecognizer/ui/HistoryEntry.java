package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Reading;
import com.digitrecognizer.recognition.Verdict;

import java.time.LocalTime;

/**
 * One drawing of this session as its history row shows it: the thumbnail, what was read (as the
 * page shows it), the verdict, how sure the network was, what came next, how long it took, and
 * when, and the model version that read it. For one digit: its verdict and likeliest digit; for "not a digit" the confidence is that
 * of "not a digit" and the runner-up is the likeliest digit, otherwise they are the likeliest
 * digit's and the second likeliest digit. For a number: "digit" only when every digit is
 * accepted, the number's confidence, and no single digit or runner-up ({@link #NONE}).
 */
record HistoryEntry(String thumbnail, String text, Verdict verdict, int digit, float confidence, int runnerUp,
                    float runnerUpProbability, double elapsedMs, LocalTime time, String modelVersion) {

    static final int NONE = -1;

    /** Keeps only what the row shows: a session holds up to a hundred rows, not their network inputs. */
    static HistoryEntry of(String thumbnail, String text, Reading reading, LocalTime time) {
        if (reading.digits().size() > 1) {
            return new HistoryEntry(thumbnail, text, reading.accepted() ? Verdict.DIGIT : Verdict.UNSURE, NONE,
                    reading.confidence(), NONE, 0, reading.elapsedMs(), time, reading.modelVersion());
        }
        Prediction prediction = reading.digits().getFirst().prediction();
        boolean noDigit = prediction.verdict() == Verdict.NOT_A_DIGIT;
        int runnerUp = noDigit ? prediction.digit() : prediction.runnerUp();
        return new HistoryEntry(thumbnail, text, prediction.verdict(), prediction.digit(),
                noDigit ? prediction.notADigitProbability() : prediction.confidence(), runnerUp,
                prediction.probabilityOf(runnerUp), reading.elapsedMs(), time, reading.modelVersion());
    }

    boolean isNumber() {
        return digit == NONE;
    }
}
