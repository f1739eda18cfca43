package com.digitrecognizer.recognition;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A number read from a drawing: its digits from left to right, each with its own verdict and
 * where it lies on the page. A digit that is not {@linkplain Prediction#accepted() accepted}
 * shows as {@code ?} in {@link #text()} and makes the whole reading not accepted, and so does a
 * mark the digits leave out that may change the number (a point, a comma, a dash: {@link UnreadMarks}):
 * a number is never silently misread.
 *
 * @param confidence  the product of the digits' confidences: how probable it is that every digit is right
 * @param unreadMarks where marks lie, before or between the digits, that were not read (a point, a comma, a dash)
 */
public record Reading(String text, boolean accepted, float confidence, List<Digit> digits, List<Box> unreadMarks,
                      String modelVersion, double elapsedMs) {

    /** One digit of the number and its box on the page that was read. */
    public record Digit(Prediction prediction, Box box) {
    }

    static Reading of(List<Digit> digits, List<Box> unreadMarks, String modelVersion, double elapsedMs) {
        StringBuilder text = new StringBuilder(digits.size());
        float confidence = 1;
        for (Digit digit : digits) {
            Prediction prediction = digit.prediction();
            text.append(prediction.accepted() ? Character.forDigit(prediction.digit(), 10) : '?');
            confidence *= prediction.confidence();
        }
        boolean accepted = unreadMarks.isEmpty() && digits.stream().allMatch(d -> d.prediction().accepted());
        return new Reading(text.toString(), accepted, confidence, List.copyOf(digits), List.copyOf(unreadMarks),
                modelVersion, elapsedMs);
    }

    /** The same reading with its boxes where they lie on the page as it came, from where they lie on the page read. */
    Reading onPage(UnaryOperator<Box> onPage) {
        List<Digit> placed = digits.stream().map(d -> new Digit(d.prediction(), onPage.apply(d.box()))).toList();
        List<Box> marks = unreadMarks.stream().map(onPage).toList();
        return new Reading(text, accepted, confidence, placed, marks, modelVersion, elapsedMs);
    }
}
