package com.digitrecognizer.recognition;

import java.util.Arrays;

/** The dark pixels of a page joined to some of its sides: what may be a {@link Backdrop}, by a scanline flood fill. */
final class SideFlood {

    private SideFlood() {
    }

    /**
     * The pixels at least {@code level} dark joined to the {@code sides} ({@link Backdrop#TOP} ...
     * as bits), marked {@link Backdrop#BACKDROP}; the others {@link Backdrop#PAPER}.
     */
    static byte[] of(float[] darkness, int width, int height, float level, int sides) {
        byte[] region = new byte[width * height];
        Spans spans = new Spans(darkness, width, region, level);
        for (int x = 0; x < width; x++) {
            spans.pushIf((sides & Backdrop.TOP) != 0, x);
            spans.pushIf((sides & Backdrop.BOTTOM) != 0, (height - 1) * width + x);
        }
        for (int y = 0; y < height; y++) {
            spans.pushIf((sides & Backdrop.LEFT) != 0, y * width);
            spans.pushIf((sides & Backdrop.RIGHT) != 0, y * width + width - 1);
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
            return region[pixel] != Backdrop.BACKDROP && darkness[pixel] >= level;
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
                Arrays.fill(region, left, right + 1, Backdrop.BACKDROP);
                for (int p = left; p <= right; p++) {
                    // one seed per run of open pixels above and below
                    pushIf(row > 0 && (p == left || !open(p - 1 - width)), p - width);
                    pushIf(row / width < height - 1 && (p == left || !open(p - 1 + width)), p + width);
                }
            }
        }
    }
}
