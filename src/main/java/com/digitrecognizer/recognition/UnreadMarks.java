package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Blobs.Blob;

import java.util.ArrayList;
import java.util.List;

/**
 * The marks a reading left out that change the number: a point or a comma on the line between
 * its digits or before the first ("12.50", ".5"), a dash or a sign before or between them ("-42",
 * "+42", "1+1"). The
 * readers leave out marks that are no digit (specks, strays), which is right for dust and wrong
 * for a decimal point: "12.50" read as "1250" is a confident wrong amount. Such a mark lies in
 * a gap between the digits' boxes, the pen made it (its larger side at least the pen's width,
 * about the ink of the pen's dot), and it has the shape and height of punctuation: a dot low on
 * the line, a short flat dash at mid-height, or a sign smaller than the digits at mid-height (a
 * plus, a times; bench/RESULTS.md, round 50). A stroke left out elsewhere stays left out.
 */
final class UnreadMarks {

    /** The least ink of a pen's dot, in squares of its width (a round dot has about 0.8). */
    private static final double DOT_INK = 0.4;
    /** A point's or a comma's largest side, in digit heights, and the most its longer side is of its shorter. */
    private static final double DOT_SIZE = 0.35;
    private static final double DOT_ASPECT = 2.5;
    /** Where on the line a point's or a comma's middle lies: below this share of the digits' height. */
    private static final double LOW = 0.65;
    /** How far below the digits a comma's tail may reach, in digit heights. */
    private static final double BELOW = 0.3;
    /**
     * A dash is at least this many times as wide as high, at least this share of the digits'
     * height long, and its middle within the middle of the line.
     */
    private static final double FLAT = 2;
    private static final double DASH_LENGTH = 0.25;
    private static final double MIDDLE_FROM = 0.25;
    private static final double MIDDLE_TO = 0.75;
    /** A sign (a plus, a times, a percent) is at most this share of the digits' height, and in the middle of the line. */
    private static final double SIGN_SIZE = 0.8;

    private UnreadMarks() {
    }

    /** Boxes (in page pixels) of the page's points, commas, dashes and signs before or between {@code digits}. */
    static List<Box> of(Segmenter.Marks marks, List<Reading.Digit> digits) {
        if (digits.isEmpty()) {
            return List.of();
        }
        int scale = marks.scale();
        List<Box> boxes = digits.stream().map(d -> d.box().shrunk(scale)).toList();
        int top = boxes.stream().mapToInt(Box::y).min().orElseThrow();
        int height = boxes.stream().mapToInt(b -> b.y() + b.height()).max().orElseThrow() - top;
        int lastRight = boxes.stream().mapToInt(b -> b.x() + b.width()).max().orElseThrow();
        double pen = marks.working().strokeWidth();
        List<Box> unread = new ArrayList<>();
        for (Blob mark : marks.blobs().all()) {
            double x = mark.centreX();
            double y = ((mark.top() + mark.bottom() + 1) / 2.0 - top) / height; // 0 at the digits' top, 1 at their foot
            boolean inAGap = x < lastRight && boxes.stream().noneMatch(box -> x >= box.x() && x <= box.x() + box.width());
            int longer = Math.max(mark.width(), mark.height());
            boolean penMade = longer >= pen && mark.pixels() >= DOT_INK * pen * pen;
            boolean middle = y >= MIDDLE_FROM && y <= MIDDLE_TO;
            boolean dot = longer <= DOT_SIZE * height && longer < DOT_ASPECT * Math.min(mark.width(), mark.height())
                    && y >= LOW && y <= 1 + BELOW;
            boolean dash = mark.width() >= FLAT * mark.height() && mark.width() >= DASH_LENGTH * height
                    && mark.width() <= height && middle;
            boolean sign = longer >= DASH_LENGTH * height && longer <= SIGN_SIZE * height && middle;
            if (inAGap && penMade && (dot || dash || sign)) {
                unread.add(new Box(mark.left(), mark.top(), mark.width(), mark.height()).scaled(scale));
            }
        }
        return unread;
    }
}
