package com.digitrecognizer.recognition;

import java.util.Optional;

/**
 * A printed frame around the writing, as a form's field or its comb of boxes has: two thin
 * straight lines across at least half the page, one over the other, joined at both ends by
 * lines down between them; every line down the whole gap between them is the frame's (a comb's
 * teeth). Its lines are taken off as rulings are; a frame open at one end is left alone (a 2
 * drawn with a flat top and foot is no frame).
 */
record PrintedFrame(int top, int bottom, int left, int right, boolean[] rows, boolean[] columns) {

    /** A frame's lines across are at least this share of the page wide. */
    private static final double ACROSS_PAGE = 0.5;
    private static final int SAMPLED = 4;

    /** The frame on the page's {@code ink} ({@code width} x {@code height}, row by row), if it has one. */
    static Optional<PrintedFrame> of(float[] ink, int width, int height) {
        int[] runStart = new int[height];
        int[] runEnd = new int[height];
        boolean[] across = new boolean[height];
        int least = (int) Math.ceil(ACROSS_PAGE * width);
        for (int y = 0; y < height; y++) {
            runStart[y] = -1;
            // a run across half the row has every fourth of its pixels inked: most rows are given up on those
            int sampled = 0;
            for (int p = y * width, end = p + width; p < end; p += SAMPLED) {
                sampled += ink[p] > Rulings.LINE_INK ? 1 : 0;
            }
            if (sampled < least / SAMPLED - 1) {
                continue;
            }
            int run = 0;
            for (int x = 0, p = y * width; x < width; x++, p++) {
                if (runStart[y] < 0 && run + width - x < least) {
                    break; // no run long enough can begin any more
                }
                run = ink[p] > Rulings.LINE_INK ? run + 1 : 0;
                if (run >= least) {
                    runStart[y] = x - run + 1;
                    runEnd[y] = x + 1;
                }
            }
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
        for (int x = left; x < right; x++) {
            int inked = 0;
            for (int y = topEnd + 1, p = y * width + x; y < bottomStart; y++, p += width) {
                inked += ink[p] > Rulings.LINE_INK ? 1 : 0;
            }
            down[x] = inked >= Rulings.ACROSS * gap;
        }
        Rulings.keepThin(down, width);
        int end = 2 * Rulings.THINNEST_LIMIT; // a side within two lines' width of each end
        boolean closed = anyWithin(down, left, left + end) && anyWithin(down, right - end, right);
        return closed ? Optional.of(new PrintedFrame(first, last + 1, left, right, across, down)) : Optional.empty();
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
