package com.digitrecognizer.recognition;

import java.util.Arrays;

/**
 * What lies around the paper in a photo or a scan — the desk under a note, a scanner's black
 * edge — taken off an uploaded page: read as ink, a desk made the page "filled in" (422) and a
 * scanner's edge a "1" before the number, or a digit lost beside it. A backdrop is dark, lies
 * along most of one side of the image or more, and is much thicker than the strokes on the paper
 * it borders, which is most of the rest: it, and the blurred edge between it and the paper, are
 * given the paper's own darkness. A dark page with light strokes (a screen's dark mode) has no
 * paper inside it, and a tightly cut digit touching a side no thick dark of its own: both stay.
 */
final class Backdrop {

    /** A side is looked at when this share of its pixels is darker than {@value #DIM}, or than the backdrop's level. */
    private static final double ALONG_SIDE = 0.8;
    private static final float DIM = 0.2f;
    /** A band no thicker than the pen is a backdrop only along this share of its sides ({@link BackdropMeasures}). */
    private static final double WHOLE_SIDE = 0.95;
    /** Backdrop and paper differ at least this much (a desk under white paper: 0.6 or more). */
    private static final float CONTRAST = 0.25f;
    /** Levels of darkness the histograms tell apart. */
    static final int LEVELS = 64;
    /** The histogram of the whole page from about this many pixels. */
    private static final int SAMPLES = 16_384;
    /** The paper's edge is blurred over at most this share of the image's shorter side (at least 2 pixels). */
    private static final int EDGE_SHARE = 100;
    /** A pixel of that edge is this much darker than the paper at least (a JPEG's noise is less). */
    private static final float EDGE_OVER_PAPER = 0.08f;

    /** Sides of the page, as bits. */
    static final int TOP = 1;
    static final int BOTTOM = 2;
    static final int LEFT = 4;
    static final int RIGHT = 8;

    /** What a pixel is: paper, backdrop, or ink on the paper. */
    static final byte PAPER = 0;
    static final byte BACKDROP = 1;
    static final byte INK = 2;

    private Backdrop() {
    }

    /** Takes a backdrop off {@code darkness} (row by row, {@code width} x {@code height}), if it has one. */
    static void takeOff(float[] darkness, int width, int height) {
        if (darkSide(darkness, width, height, DIM, ALONG_SIDE) == 0) {
            return; // most uploads: paper to every edge
        }
        float level = backdropLevel(darkness, width, height);
        int sides = Float.isNaN(level) ? 0 : darkSide(darkness, width, height, level, ALONG_SIDE);
        if (sides == 0) {
            return;
        }
        boolean wholeSides = darkSide(darkness, width, height, level, WHOLE_SIDE) == sides;
        byte[] region = SideFlood.of(darkness, width, height, level, sides);
        BackdropMeasures measures = BackdropMeasures.of(darkness, width, height, region, level);
        if (measures.isBackdrop(sides, wholeSides, width, height)) {
            float paper = measures.paperLevel();
            int edge = Math.max(2, Math.min(width, height) / EDGE_SHARE);
            fill(darkness, width, height, region, paper, edge, paper + EDGE_OVER_PAPER);
        }
    }

    /** The dark pixels' least darkness, found as Otsu's threshold between the page's two kinds of pixels; NaN if they hardly differ. */
    private static float backdropLevel(float[] darkness, int width, int height) {
        int step = (int) Math.max(1, Math.sqrt((double) width * height / SAMPLES));
        long[] histogram = new long[LEVELS];
        long count = 0;
        double sum = 0;
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                int level = levelOf(darkness[y * width + x]);
                histogram[level]++;
                count++;
                sum += level;
            }
        }
        double bestSpread = -1;
        int best = 0;
        double lightMean = 0;
        double darkMean = 0;
        long light = 0;
        double lightSum = 0;
        for (int level = 0; level < LEVELS - 1; level++) {
            light += histogram[level];
            lightSum += (double) level * histogram[level];
            long dark = count - light;
            if (light == 0 || dark == 0) {
                continue;
            }
            double meanLight = lightSum / light;
            double meanDark = (sum - lightSum) / dark;
            double spread = (double) light * dark * (meanDark - meanLight) * (meanDark - meanLight);
            if (spread > bestSpread) {
                bestSpread = spread;
                best = level;
                lightMean = meanLight;
                darkMean = meanDark;
            }
        }
        return (darkMean - lightMean) / LEVELS < CONTRAST ? Float.NaN : (best + 1f) / LEVELS;
    }

    static int levelOf(float darkness) {
        return Math.min(LEVELS - 1, Math.max(0, (int) (darkness * LEVELS)));
    }

    /** The sides along which a {@code share} of the pixels are at least {@code level} dark, as bits: 1 top, 2 bottom, 4 left, 8 right. */
    private static int darkSide(float[] darkness, int width, int height, float level, double share) {
        int top = 0;
        int bottom = 0;
        for (int x = 0; x < width; x++) {
            top += darkness[x] >= level ? 1 : 0;
            bottom += darkness[(height - 1) * width + x] >= level ? 1 : 0;
        }
        int left = 0;
        int right = 0;
        for (int y = 0; y < height; y++) {
            left += darkness[y * width] >= level ? 1 : 0;
            right += darkness[y * width + width - 1] >= level ? 1 : 0;
        }
        return (top >= share * width ? TOP : 0) | (bottom >= share * width ? BOTTOM : 0)
                | (left >= share * height ? LEFT : 0) | (right >= share * height ? RIGHT : 0);
    }

    /**
     * Gives the backdrop, and the paper's blurred edge within {@code edge} pixels of it, the
     * paper's darkness: a breadth-first growth, layer by layer, into pixels at least {@code edgeLevel} dark.
     */
    private static void fill(float[] darkness, int width, int height, byte[] region, float paper, int edge,
                             float edgeLevel) {
        int[] layer = new int[256];
        int count = 0;
        for (int i = 0; i < region.length; i++) {
            if (region[i] == BACKDROP) {
                darkness[i] = paper;
                if (bordersPaper(region, width, height, i)) {
                    layer = add(layer, count++, i);
                }
            }
        }
        for (int step = 0; step < edge && count > 0; step++) {
            int[] next = new int[Math.max(256, count)];
            int nextCount = 0;
            for (int k = 0; k < count; k++) {
                int i = layer[k];
                int x = i % width;
                int y = i / width;
                int[] neighbours = {x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1,
                        y > 0 ? i - width : -1, y < height - 1 ? i + width : -1};
                for (int n : neighbours) {
                    if (n >= 0 && region[n] != BACKDROP && darkness[n] >= edgeLevel) {
                        region[n] = BACKDROP;
                        darkness[n] = paper;
                        next = add(next, nextCount++, n);
                    }
                }
            }
            layer = next;
            count = nextCount;
        }
    }

    private static boolean bordersPaper(byte[] region, int width, int height, int i) {
        int x = i % width;
        int y = i / width;
        return x > 0 && region[i - 1] != BACKDROP || x < width - 1 && region[i + 1] != BACKDROP
                || y > 0 && region[i - width] != BACKDROP || y < height - 1 && region[i + width] != BACKDROP;
    }

    private static int[] add(int[] list, int count, int value) {
        int[] grown = count == list.length ? Arrays.copyOf(list, 2 * count) : list;
        grown[count] = value;
        return grown;
    }
}
