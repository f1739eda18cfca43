package com.digitrecognizer.recognition;

import java.util.stream.LongStream;

/**
 * What a {@link SideFlood} found on a page: the backdrop's and the paper's pixels, the ink on the
 * paper, where they meet, their darkness and extents; and whether that is a {@link Backdrop}.
 */
record BackdropMeasures(long backdrop, long paper, long ink, long backdropEdges, long inkEdges, long[][] levels,
                        Extent inkExtent, Extent backdropExtent) {

    /** A band no thicker than the pen is a backdrop beside writing at most this share of its length: a tightly cut number's "1" is as long as its digits. */
    private static final double BESIDE_SHORTER = 0.9;
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
    /** Ink and backdrop this close in darkness are one dark page (two levels of the histograms). */
    private static final float SAME_LEVEL = 2f / Backdrop.LEVELS;

    /** The measures of a flood's {@code region}, whose paper's pixels at least {@code level} dark it marks as {@link Backdrop#INK}. */
    static BackdropMeasures of(float[] darkness, int width, int height, byte[] region, float level) {
        long[] counts = new long[3];
        long[][] levels = new long[3][Backdrop.LEVELS]; // each kind's pixels by darkness
        Extent inkExtent = new Extent(width, height);
        Extent backdropExtent = new Extent(width, height);
        for (int i = 0; i < region.length; i++) {
            if (region[i] == Backdrop.PAPER && darkness[i] >= level) {
                region[i] = Backdrop.INK;
            }
            counts[region[i]]++;
            levels[region[i]][Backdrop.levelOf(darkness[i])]++;
            if (region[i] != Backdrop.PAPER) {
                (region[i] == Backdrop.INK ? inkExtent : backdropExtent).add(i % width, i / width);
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
        return new BackdropMeasures(counts[Backdrop.BACKDROP], counts[Backdrop.PAPER] + counts[Backdrop.INK], counts[Backdrop.INK],
                edges[0], edges[1], levels, inkExtent, backdropExtent);
    }

    private static void countEdge(byte kind, byte other, long[] edges) {
        if (kind != other) {
            edges[kind == Backdrop.BACKDROP || other == Backdrop.BACKDROP ? 0 : 1]++;
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
        if (thickness >= THICKER_THAN_PEN * stroke && Math.abs(median(Backdrop.INK) - median(Backdrop.BACKDROP)) >= SAME_LEVEL) {
            return true;
        }
        if (!wholeSides || Integer.bitCount(sides) != 1 || inkExtent.touchesEdge(width, height)) {
            return false;
        }
        boolean across = (sides & (Backdrop.TOP | Backdrop.BOTTOM)) != 0;
        int length = across ? width : height;
        int depth = across ? backdropExtent.height() : backdropExtent.width();
        int beside = across ? inkExtent.width() : inkExtent.height();
        return depth <= THICKER_THAN_PEN * thickness + 2 && beside <= BESIDE_SHORTER * length;
    }

    /** The paper's median darkness (its light pixels'). */
    float paperLevel() {
        return median(Backdrop.PAPER);
    }

    /** The median darkness of the pixels of one {@code kind}. */
    private float median(byte kind) {
        long half = LongStream.of(levels[kind]).sum() / 2;
        long seen = 0;
        for (int level = 0; level < Backdrop.LEVELS; level++) {
            seen += levels[kind][level];
            if (seen > half) {
                return (level + 0.5f) / Backdrop.LEVELS;
            }
        }
        return 0;
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
