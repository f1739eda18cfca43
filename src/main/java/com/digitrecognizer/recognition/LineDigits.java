package com.digitrecognizer.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * The digits the line reader spelled out, as a reading's digits: each with the probabilities at
 * the position where it was surest, the 28x28 window the network looked through there, and a
 * box on the page from the middle between it and its neighbours, around the ink in between.
 */
final class LineDigits {

    private static final float INK = 0.1f;

    private LineDigits() {
    }

    /** The digits of {@code path} along {@code line}, made of {@code page}, whose boxes are scaled up {@code scale} times. */
    static List<Reading.Digit> of(LinePath path, LineImage line, InkMap page, int scale, float minConfidence,
                                  String modelVersion, double elapsedMs) {
        List<LinePath.Digit> digits = path.digits();
        List<Reading.Digit> read = new ArrayList<>(digits.size());
        for (int i = 0; i < digits.size(); i++) {
            LinePath.Digit digit = digits.get(i);
            double from = i == 0 ? 0 : (LineContract.centre(digits.get(i - 1).last()) + LineContract.centre(digit.first())) / 2;
            double to = i == digits.size() - 1 ? line.width()
                    : (LineContract.centre(digit.last()) + LineContract.centre(digits.get(i + 1).first())) / 2;
            Prediction prediction = Prediction.of(marks(digit.probabilities()), 0, minConfidence, modelVersion, elapsedMs,
                    window(line, digit.surest()));
            read.add(new Reading.Digit(prediction, inkBox(page, (int) Math.floor(line.pageX(from)),
                    (int) Math.ceil(line.pageX(to))).scaled(scale)));
        }
        return read;
    }

    /**
     * The probabilities of the digits and of "not a digit" given that a mark is there: the blank's
     * share taken out, as the digit network answers for a mark.
     */
    private static float[] marks(float[] probabilities) {
        float[] marks = new float[ModelContract.CLASSES];
        float sum = 1 - probabilities[LineContract.BLANK];
        for (int c = 0; c < marks.length; c++) {
            marks[c] = sum > 0 ? probabilities[c] / sum : 0;
        }
        return marks;
    }

    /** The 28x28 part of the line the network read at {@code position}. */
    private static float[] window(LineImage line, int position) {
        int side = ModelContract.SIDE;
        float[] window = new float[side * side];
        int left = position * LineContract.STRIDE;
        for (int y = 0; y < side; y++) {
            System.arraycopy(line.pixels(), y * line.width() + left, window, y * side, side);
        }
        return window;
    }

    /** The box around the ink of the page's columns {@code from} to {@code to} (exclusive). */
    private static Box inkBox(InkMap page, int from, int to) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int y = 0; y < page.height(); y++) {
            for (int x = Math.max(0, from); x < Math.min(page.width(), to); x++) {
                if (page.ink()[y * page.width() + x] > INK) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? new Box(Math.max(0, from), 0, Math.max(1, to - from), page.height())
                : new Box(left, top, right - left + 1, bottom - top + 1);
    }
}
