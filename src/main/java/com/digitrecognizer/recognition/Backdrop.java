package com.digitrecognizer.recognition;

import java.util.Arrays;
import java.util.stream.LongStream;

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
    /** A band no thicker than the pen is a backdrop only along this share of its sides, */
    private static final double WHOLE_SIDE = 0.95;
    /** beside writing at most this share of its length: a tightly cut number's "1" is as long as its digits. */
    private static final double BESIDE_SHORTER = 0.9;
    private static final float DIM = 0.2f;
    /** Backdrop and paper differ at least this much (a desk under white paper: 0.6 or more). */
    private static final float CONTRAST = 0.25f;
    /** The paper is at least this share of the image, */
    private static final double LEAST_PAPER = 0.25;
    /**
     * and its ink at least and at most these shares of it: writing, not the specks left between
     * a light scribble's strokes on a dark page, nor a page of ink.
     */
    private static final double LEAST_INK = 0.001;
    private static final double MOST_INK = 0.3;
    /** Writing's strokes are about a pixel wide at least; specks of a scribble's blurred edges are thinner. */
    private static final double THINNEST_STROKE = 0.8;
    /** The backdrop is at least this many times as thick as the strokes on the paper. */
    private static final double THICKER_THAN_PEN = 2;
    /** Levels of darkness the histograms tell apart. */
    private static final int LEVELS = 64;
    /** The histogram of the whole page from about this many pixels. */
    private static final int SAMPLES = 16_384;
    /** The paper's edge is blurred over at most this share of the image's shorter side (at least 2 pixels). */
    private static final int EDGE_SHARE = 100;
    /** Ink and backdrop this close in darkness are one dark page (two levels of the histograms). */
    private static final float SAME_LEVEL = 2f / LEVELS;
    /** A pixel of that edge is this much darker than the paper at least (a JPEG's noise is less). */
    private static final float EDGE_OVER_PAPER = 0.08f;

    private static final int TOP = 1;
    private static final int BOTTOM = 2;
    private static final int LEFT = 4;
    private static final int RIGHT = 8;

    /** What a pixel is: paper, backdrop, or ink on the paper. */
    private static final byte PAPER = 0;
    private static final byte BACKDROP = 1;
    private static final byte INK = 2;

    private Backdrop() {
    }

    /** Takes a backdrop off {@code darkness} (row by row, {@code width} x {@code height}), if it has one. */
    static void takeOff(float[] darkness, int width, int height) {
        if (!hasDarkSide(darkness, width, height, DIM)) {
            return; // most uploads: paper to every edge
        }
        float level = backdropLevel(darkness, width, height);
        if (Float.isNaN(level) || !hasDarkSide(darkness, width, height, level)) {
            return;
        }
        int sides = darkSide(darkness, width, height, level, ALONG_SIDE);
        boolean wholeSides = darkSide(darkness, width, height, level, WHOLE_SIDE) == sides;
        byte[] region = flood(darkness, width, height, level, sides);
        Measures measures = Measures.of(darkness, width, height, region, level);
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

    private static int levelOf(float darkness) {
        return Math.min(LEVELS - 1, Math.max(0, (int) (darkness * LEVELS)));
    }

    private static boolean hasDarkSide(float[] darkness, int width, int height, float level) {
        return darkSide(darkness, width, height, level, ALONG_SIDE) != 0;
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

    /** The pixels at least {@code level} dark joined to the {@code sides}, marked {@link #BACKDROP}. */
    private static byte[] flood(float[] darkness, int width, int height, float level, int sides) {
        byte[] region = new byte[width * height];
        Spans spans = new Spans(darkness, width, region, level);
        for (int x = 0; x < width; x++) {
            spans.pushIf((sides & TOP) != 0, x);
            spans.pushIf((sides & BOTTOM) != 0, (height - 1) * width + x);
        }
        for (int y = 0; y < height; y++) {
            spans.pushIf((sides & LEFT) != 0, y * width);
            spans.pushIf((sides & RIGHT) != 0, y * width + width - 1);
        }
        spans.fill(height);
        return region;
    }

    /** A scanline flood fill: a stack of pixels, each filled with the run of dark pixels through it. */
    private static final class Spans {

        private final float[] darkness;
        private final int width;
        private final byte[] region;
        private final float level;
        private int[] stack = new int[256];
        private int size;

        Spans(float[] darkness, int width, byte[] region, float level) {
            this.darkness = darkness;
            this.width = width;
            this.region = region;
            this.level = level;
        }

        void pushIf(boolean side, int pixel) {
            if (side && open(pixel)) {
                if (size == stack.length) {
                    stack = Arrays.copyOf(stack, 2 * size);
                }
                stack[size++] = pixel;
            }
        }

        private boolean open(int pixel) {
            return region[pixel] != BACKDROP && darkness[pixel] >= level;
        }

        void fill(int height) {
            while (size > 0) {
                int pixel = stack[--size];
                if (!open(pixel)) {
                    continue;
                }
                int row = pixel - pixel % width;
                int left = pixel;
                while (left > row && open(left - 1)) {
                    left--;
                }
                int right = pixel;
                while (right < row + width - 1 && open(right + 1)) {
                    right++;
                }
                Arrays.fill(region, left, right + 1, BACKDROP);
                for (int p = left; p <= right; p++) {
                    // one seed per run of open pixels above and below
                    pushIf(row > 0 && (p == left || !open(p - 1 - width)), p - width);
                    pushIf(row / width < height - 1 && (p == left || !open(p - 1 + width)), p + width);
                }
            }
        }
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

    /** What a flood found: the backdrop's and the paper's pixels, the ink on the paper, and where they meet. */
    private record Measures(long backdrop, long paper, long ink, long backdropEdges, long inkEdges, long[][] levels,
                            Extent inkExtent, Extent backdropExtent) {

        /** The measures of a flood's {@code region}, whose paper's pixels at least {@code level} dark it marks as {@link #INK}. */
        static Measures of(float[] darkness, int width, int height, byte[] region, float level) {
            long[] counts = new long[3];
            long[][] levels = new long[3][LEVELS]; // each kind's pixels by darkness
            Extent inkExtent = new Extent(width, height);
            Extent backdropExtent = new Extent(width, height);
            for (int i = 0; i < region.length; i++) {
                if (region[i] == PAPER && darkness[i] >= level) {
                    region[i] = INK;
                }
                counts[region[i]]++;
                levels[region[i]][levelOf(darkness[i])]++;
                if (region[i] != PAPER) {
                    (region[i] == INK ? inkExtent : backdropExtent).add(i % width, i / width);
                }
            }
            long[] edges = new long[2]; // the backdrop's against the rest, the ink's against its paper
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    if (x < width - 1) {
                        countEdge(region[i], region[i + 1], edges);
                    }
                    if (y < height - 1) {
                        countEdge(region[i], region[i + width], edges);
                    }
                }
            }
            return new Measures(counts[BACKDROP], counts[PAPER] + counts[INK], counts[INK],
                    edges[0], edges[1], levels, inkExtent, backdropExtent);
        }

        private static void countEdge(byte kind, byte other, long[] edges) {
            if (kind != other) {
                edges[kind == BACKDROP || other == BACKDROP ? 0 : 1]++;
            }
        }

        /**
         * Whether the flood from the {@code sides} found a backdrop around paper: the paper is a
         * good part of the image, mostly light, with writing on it; the backdrop is far thicker than the
         * ink's strokes (an area over its border is a band's thickness; twice the ink over its edges
         * a stroke's width) and unlike the ink in darkness (ink of the backdrop's very darkness is
         * the dark page that light strokes enclose), or else is a band along the whole of one side ({@code wholeSides}) beside writing
         * much shorter than it and clear of the image's edges: a tightly cut number's "1" down one
         * side is as long as its digits, which reach the other sides.
         */
        boolean isBackdrop(int sides, boolean wholeSides, int width, int height) {
            if (paper < LEAST_PAPER * (paper + backdrop) || ink < LEAST_INK * paper || ink > MOST_INK * paper
                    || backdropEdges == 0
                    || inkEdges == 0) {
                return false;
            }
            double thickness = (double) backdrop / backdropEdges;
            double stroke = 2.0 * ink / inkEdges;
            if (stroke < THINNEST_STROKE) {
                return false;
            }
            // ink of the backdrop's very darkness: the "paper" may be light strokes on a dark page, enclosing it
            if (thickness >= THICKER_THAN_PEN * stroke && Math.abs(median(INK) - median(BACKDROP)) >= SAME_LEVEL) {
                return true;
            }
            if (!wholeSides || Integer.bitCount(sides) != 1 || inkExtent.touchesEdge(width, height)) {
                return false;
            }
            boolean across = (sides & (TOP | BOTTOM)) != 0;
            int length = across ? width : height;
            int depth = across ? backdropExtent.height() : backdropExtent.width();
            int beside = across ? inkExtent.width() : inkExtent.height();
            return depth <= THICKER_THAN_PEN * thickness + 2 && beside <= BESIDE_SHORTER * length;
        }

        /** The paper's median darkness (its light pixels'). */
        float paperLevel() {
            return median(PAPER);
        }

        /** The median darkness of the pixels of one {@code kind}. */
        private float median(byte kind) {
            long half = LongStream.of(levels[kind]).sum() / 2;
            long seen = 0;
            for (int level = 0; level < LEVELS; level++) {
                seen += levels[kind][level];
                if (seen > half) {
                    return (level + 0.5f) / LEVELS;
                }
            }
            return 0;
        }
    }

    /** The least and greatest x and y of some pixels. */
    private static final class Extent {

        private int left;
        private int top;
        private int right = -1;
        private int bottom = -1;

        Extent(int width, int height) {
            this.left = width;
            this.top = height;
        }

        void add(int x, int y) {
            left = Math.min(left, x);
            top = Math.min(top, y);
            right = Math.max(right, x);
            bottom = Math.max(bottom, y);
        }

        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }

        boolean touchesEdge(int width, int height) {
            return left == 0 || top == 0 || right == width - 1 || bottom == height - 1;
        }
    }
}
