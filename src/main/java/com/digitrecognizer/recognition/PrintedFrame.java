package com.digitrecognizer.recognition;

import java.util.Arrays;
import java.util.Optional;

/**
 * A printed frame around the writing, as a form's field or its comb of boxes has: two thin
 * straight lines across at least half the page, one over the other, joined at both ends by
 * lines down between them; every line down the whole gap between them is the frame's (a comb's
 * teeth). A row of boxes printed apart is one too: its lines across broken only by short gaps,
 * each with a box's side on either hand. Its lines are taken off as rulings are; a frame open
 * at one end is left alone (a 2 drawn with a flat top and foot is no frame).
 */
record PrintedFrame(int top, int bottom, int left, int right, boolean[] rows, boolean[] columns) {

    /** A frame's lines across are at least this share of the page wide. */
    private static final double ACROSS_PAGE = 0.5;
    private static final int SAMPLED = 4;
    /** A blank stretch in a line across at most this share of the page wide may be a gap between boxes. */
    private static final int GAP_SHARE = 16;
    /** A line across, gaps between boxes and all, is inked along at least this share of its length. */
    private static final double INKED = 0.75;

    /**
     * The frame on the page's {@code ink} ({@code width} x {@code height}, row by row), if it has
     * one: of unbroken lines, else of boxes apart (looked for second, as the strokes of digits
     * written in a row, a 7's bar beside a 5's, may be taken for a broken line across too).
     */
    static Optional<PrintedFrame> of(float[] ink, int width, int height) {
        Runs unbroken = new Runs(height);
        Runs broken = new Runs(height);
        int least = (int) Math.ceil(ACROSS_PAGE * width);
        int widestGap = width / GAP_SHARE;
        for (int y = 0; y < height; y++) {
            // a line across half the row has most of every fourth of its pixels inked: most rows are given up on those
            int sampled = 0;
            for (int p = y * width, end = p + width; p < end; p += SAMPLED) {
                sampled += ink[p] > Rulings.LINE_INK ? 1 : 0;
            }
            if (sampled < INKED * least / SAMPLED - 1) {
                continue;
            }
            int run = 0; // the unbroken run going on, and the last one long enough
            int unbrokenStart = -1;
            int unbrokenEnd = -1;
            int start = -1; // broken by gaps: where it starts, its last inked pixel, how many are inked
            int lastInked = -1;
            int inked = 0;
            int brokenStart = -1;
            int brokenEnd = -1;
            for (int x = 0, p = y * width; x < width; x++, p++) {
                boolean going = start >= 0 && x - lastInked - 1 <= widestGap;
                if (brokenStart < 0 && (going ? x - start : 0) + width - x < least) {
                    break; // no run long enough can begin any more, broken or not
                }
                if (ink[p] <= Rulings.LINE_INK) {
                    run = 0;
                    continue;
                }
                run++;
                if (run >= least) {
                    unbrokenStart = x - run + 1;
                    unbrokenEnd = x + 1;
                }
                if (!going) {
                    start = x;
                    inked = 0;
                }
                inked++;
                lastInked = x;
                if (x + 1 - start >= least && inked >= INKED * (x + 1 - start)) {
                    brokenStart = start;
                    brokenEnd = x + 1;
                }
            }
            unbroken.found(y, unbrokenStart, unbrokenEnd);
            broken.found(y, brokenStart, brokenEnd);
        }
        Optional<PrintedFrame> frame = of(ink, width, height, unbroken);
        return frame.isPresent() ? frame : of(ink, width, height, broken);
    }

    /** Where each row's line across starts and ends (exclusive); -1 where it has none. */
    private record Runs(int[] start, int[] end) {

        Runs(int rows) {
            this(new int[rows], new int[rows]);
            Arrays.fill(start, -1);
        }

        void found(int row, int from, int to) {
            start[row] = from;
            end[row] = to;
        }
    }

    /** The frame whose lines across are the rows' {@code runs}, if they make one. */
    private static Optional<PrintedFrame> of(float[] ink, int width, int height, Runs runs) {
        int[] runStart = runs.start();
        int[] runEnd = runs.end();
        int least = (int) Math.ceil(ACROSS_PAGE * width);
        boolean[] across = new boolean[height];
        for (int y = 0; y < height; y++) {
            across[y] = runStart[y] >= 0;
        }
        Rulings.keepThin(across, height);
        int first = -1;
        int last = -1;
        for (int y = 0; y < height; y++) {
            if (across[y]) {
                first = first < 0 ? y : first;
                last = y;
            }
        }
        if (first < 0 || Rulings.bands(across, height) != 2) {
            return Optional.empty();
        }
        int topEnd = first;
        while (across[topEnd + 1]) {
            topEnd++;
        }
        int bottomStart = last;
        while (across[bottomStart - 1]) {
            bottomStart--;
        }
        int left = Math.max(runStart[first], runStart[last]);
        int right = Math.min(runEnd[first], runEnd[last]);
        if (right - left < least / 2 || bottomStart - topEnd < 2 * Rulings.THINNEST_LIMIT) {
            return Optional.empty();
        }
        boolean[] down = new boolean[width];
        int gap = bottomStart - topEnd - 1;
        // a side's outer rim, antialiased, may lie beyond the lines across: as far as they are taken off
        for (int x = Math.max(0, left - Rulings.THINNEST_LIMIT); x < Math.min(width, right + Rulings.THINNEST_LIMIT); x++) {
            int inked = 0;
            for (int y = topEnd + 1, p = y * width + x; y < bottomStart; y++, p += width) {
                inked += ink[p] > Rulings.LINE_INK ? 1 : 0;
            }
            down[x] = inked >= Rulings.ACROSS * gap;
        }
        Rulings.keepThin(down, width);
        int end = 2 * Rulings.THINNEST_LIMIT; // a side within two lines' width of each end
        boolean closed = anyWithin(down, left, left + end) && anyWithin(down, right - end, right)
                && gapsBetweenBoxes(ink, width, first, topEnd + 1, left, right, down)
                && gapsBetweenBoxes(ink, width, bottomStart, last + 1, left, right, down);
        return closed ? Optional.of(new PrintedFrame(first, last + 1, left, right, across, down)) : Optional.empty();
    }

    /**
     * Whether every blank stretch in the band of rows {@code from} to {@code to} (exclusive) across
     * {@code left} to {@code right} has a line down within two lines' width on either hand: a gap
     * between two boxes, not between strokes written in a row.
     */
    private static boolean gapsBetweenBoxes(float[] ink, int width, int from, int to, int left, int right, boolean[] down) {
        int near = 2 * Rulings.THINNEST_LIMIT;
        int gapStart = -1;
        for (int x = left; x < right; x++) {
            boolean inked = false;
            for (int y = from; y < to && !inked; y++) {
                inked = ink[y * width + x] > Rulings.LINE_INK;
            }
            if (!inked && gapStart < 0) {
                gapStart = x;
            } else if (inked && gapStart >= 0) {
                if (!anyWithin(down, gapStart - near, gapStart) || !anyWithin(down, x, x + near)) {
                    return false;
                }
                gapStart = -1;
            }
        }
        return true;
    }

    private static boolean anyWithin(boolean[] lines, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
            if (lines[i]) {
                return true;
            }
        }
        return false;
    }

    /** The frame's lines off: across within its width, down within its height. */
    void takeOff(float[] ink, int width, int height) {
        int margin = Rulings.THINNEST_LIMIT;
        Rulings.erase(ink, rows, height, Math.max(0, left - margin), Math.min(width, right + margin), width, 1);
        Rulings.erase(ink, columns, width, top, bottom, 1, width);
    }
}
