package com.digitrecognizer;

import com.digitrecognizer.recognition.Box;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Reading;

import java.util.List;

/** Readings for tests of what comes after recognition: one digit, as the pad reads it. */
public final class Readings {

    private Readings() {
    }

    /** {@code prediction} as the reading of a one-digit drawing. */
    public static Reading of(Prediction prediction) {
        return new Reading(prediction.accepted() ? String.valueOf(prediction.digit()) : "?", prediction.accepted(),
                prediction.confidence(), List.of(new Reading.Digit(prediction, new Box(0, 0, 28, 28))), List.of(),
                prediction.modelVersion(), prediction.elapsedMs());
    }
}
