package com.digitrecognizer.recognition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The printed lines of ruled or squared paper taken off an uploaded page: a number written in an
 * exercise book crosses its lines, which join every digit into one mark and came back as "??????".
 * A ruling is a band of a few rows (or columns) with ink across nearly the whole page; a page
 * has rulings when it has two or more of them across; then a line down the whole page is one
 * too (a margin, a grid). Fewer, they are rulings only when clearly thinner than the pen that
 * wrote the rest (a table's cell cut out with its borders, a form's line written on): as thick,
 * one is a 7's bar or an underline in a tightly cut image, or a tightly cut "1". A ruling's pixel
 * becomes the ink beside the band — a stroke that crosses the line goes on through it, the line
 * is gone where nothing crosses — unless it is clearly darker than the line, a dark pen written
 * along a light one.
 */
final class Rulings {

    /** Ink a ruling's pixel has at least: a light grey or blue line on white. */
    static final float LINE_INK = 0.1f;
    /** The share of a row (or column) a ruling covers. */
    static final double ACROSS = 0.9;
    /** A ruling is at most this many rows thick, or this share of the page. */
    static final int THINNEST_LIMIT = 4;
    private static final int PAGE_SHARE = 40;
    /** A lone printed line is at most this share of the writing's pen thick (rows of it against the pen's mean width). */
    private static final double LONE_LINE_OF_PEN = 0.7;
    /** How much darker than the line's own ink a pen's pixel on it is. */
    private static final float PEN_OVER_LINE = 0.15f;

    private Rulings() {
    }

    /**
     * Takes a printed frame ({@link PrintedFrame}), or else the rulings, off {@code ink} (row by
     * row, {@code width} x {@code height}), if it has them.
     */
    static void takeOff(float[] ink, int width, int height) {
        Optional<PrintedFrame> frame = PrintedFrame.of(ink, width, height);
        if (frame.isPresent()) {
            frame.get().takeOff(ink, width, height);
            return;
        }
        boolean[] rows = ruled(ink, width, height, width, 1);
        boolean[] columns = ruled(ink, height, width, 1, width);
        if (bands(rows, height) < 2) {
            keepFinerThanThePen(ink, width, height, rows, columns);
        }
        erase(ink, rows, height, width, width, 1);
        erase(ink, columns, width, height, 1, width);
    }

    /**
     * Unmarks the lines, across ({@code rows}) or down ({@code columns}), not clearly thinner than
     * the pen that wrote the rest of the page: a lone line is printed — a table's cell cut out
     * with its borders, a form's line to write on — only when finer than the writing; as thick,
     * it is a stroke of it (a 7's bar, an underline, a "1" along the side of a tight crop).
     */
    private static void keepFinerThanThePen(float[] ink, int width, int height, boolean[] rows, boolean[] columns) {
        if (bands(rows, height) == 0 && bands(columns, width) == 0) {
            return;
        }
        float[] writing = ink.clone();
        erase(writing, rows, height, width, width, 1);
        erase(writing, columns, width, height, 1, width);
        double finest = LONE_LINE_OF_PEN * new InkMap(width, height, writing).strokeWidth();
        keepThinnerThan(rows, finest);
        keepThinnerThan(columns, finest);
    }

    /** Unmarks the runs of ruled lines more than {@code thickest} lines thick. */
    private static void keepThinnerThan(boolean[] ruled, double thickest) {
        for (int start = 0; start < ruled.length; ) {
            int end = start;
            while (end < ruled.length && ruled[end]) {
                end++;
            }
            if (end - start > thickest) {
                Arrays.fill(ruled, start, end, false);
            }
            start = Math.max(end, start + 1);
        }
    }

    /**
     * Which of the page's {@code lines} lines of {@code length} pixels have ink across nearly all
     * of it: rows (a line {@code lineStep} = width pixels after the last, its pixels {@code along}
     * = 1 apart) or columns (1 and width).
     */
    private static boolean[] ruled(float[] ink, int length, int lines, int lineStep, int along) {
        boolean[] ruled = new boolean[lines];
        int mostBlank = (int) ((1 - ACROSS) * length);
        for (int line = 0; line < lines; line++) {
            int blank = 0;
            // a line is given up at its first tenth of blank pixels: on most pages at once
            for (int i = 0, p = line * lineStep; i < length && blank <= mostBlank; i++, p += along) {
                blank += ink[p] > LINE_INK ? 0 : 1;
            }
            ruled[line] = blank <= mostBlank;
        }
        keepThin(ruled, lines);
        return ruled;
    }

    /** Unmarks runs of ruled lines thicker than a printed line: ink across that many rows is no ruling. */
    static void keepThin(boolean[] ruled, int lines) {
        keepThinnerThan(ruled, Math.max(THINNEST_LIMIT, lines / PAGE_SHARE));
    }

    static int bands(boolean[] ruled, int lines) {
        int bands = 0;
        for (int line = 0; line < lines; line++) {
            bands += ruled[line] && (line == 0 || !ruled[line - 1]) ? 1 : 0;
        }
        return bands;
    }

    /** Each band of ruled lines replaced, pixel by pixel across it, by the lesser ink on either side. */
    private static void erase(float[] ink, boolean[] ruled, int lines, int length, int lineStep, int along) {
        erase(ink, ruled, lines, 0, length, lineStep, along);
    }

    /** {@link #erase} of the pixels {@code from} to {@code to} (exclusive) along each band only: a frame's sides. */
    static void erase(float[] ink, boolean[] ruled, int lines, int from, int to, int lineStep, int along) {
        for (int start = 0; start < lines; ) {
            if (!ruled[start]) {
                start++;
                continue;
            }
            int end = start;
            while (end < lines && ruled[end]) {
                end++;
            }
            float line = typicalInk(ink, start, end, from, to, lineStep, along);
            for (int i = from; i < to; i++) {
                float before = start > 0 ? ink[(start - 1) * lineStep + i * along] : 0;
                float after = end < lines ? ink[end * lineStep + i * along] : 0;
                float beside = Math.min(before, after);
                for (int l = start; l < end; l++) {
                    int p = l * lineStep + i * along;
                    ink[p] = ink[p] > line + PEN_OVER_LINE ? ink[p] : beside;
                }
            }
            start = end;
        }
    }

    /** The ink of a band's middle line at its median: the line's own, whatever crosses it. */
    private static float typicalInk(float[] ink, int start, int end, int from, int to, int lineStep, int along) {
        float[] values = new float[to - from];
        int middle = (start + end - 1) / 2;
        for (int i = from; i < to; i++) {
            values[i - from] = ink[middle * lineStep + i * along];
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }
}
