package com.digitrecognizer.recognition;

/**
 * How much ink each pixel holds, 0 (none) to 1 (full), row-major: the common form of every
 * input, whatever its encoding, colours or polarity.
 */
record InkMap(int width, int height, float[] ink) {

    InkMap {
        if (ink.length != width * height) {
            throw new IllegalArgumentException("ink map of " + width + "x" + height + " needs " + width * height
                    + " values, got " + ink.length);
        }
    }

    /** The most ink any pixel holds. */
    float darkest() {
        float darkest = 0;
        for (float v : ink) {
            darkest = v > darkest ? v : darkest;
        }
        return darkest;
    }

    /** The ink at ({@code x}, {@code y}) in pixel units, interpolated between the four pixels around it; none outside the map. */
    float interpolated(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) {
            return 0;
        }
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * at(x0, y0) + fx * at(x0 + 1, y0))
                + fy * ((1 - fx) * at(x0, y0 + 1) + fx * at(x0 + 1, y0 + 1)));
    }

    private float at(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0 : ink[y * width + x];
    }

    /** Rows from the first to the last that hold any ink worth the name. */
    int inkHeight() {
        int first = -1;
        int last = -1;
        for (int y = 0; y < height; y++) {
            for (int i = y * width, end = i + width; i < end; i++) {
                if (ink[i] > 0.1f) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        return last - first + 1;
    }

    /** Area-averaged by {@code factor} in each direction; a partial last row or column counts its missing pixels blank. */
    InkMap shrunk(int factor) {
        return pooled(factor, false);
    }

    /** Shrunk by {@code factor} each way keeping the darkest pixel of each block: a hairline stays a line. */
    InkMap maxPooled(int factor) {
        return pooled(factor, true);
    }

    /** Each {@code factor} x {@code factor} block one pixel: its darkest, or its mean. */
    private InkMap pooled(int factor, boolean darkest) {
        int smallWidth = (width + factor - 1) / factor;
        int smallHeight = (height + factor - 1) / factor;
        float[] pooled = new float[smallWidth * smallHeight];
        for (int y = 0; y < height; y++) {
            int row = (y / factor) * smallWidth;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                int block = row + x / factor;
                pooled[block] = darkest ? Math.max(pooled[block], ink[i]) : pooled[block] + ink[i];
            }
        }
        if (!darkest) {
            float full = factor * factor;
            for (int i = 0; i < pooled.length; i++) {
                pooled[i] /= full;
            }
        }
        return new InkMap(smallWidth, smallHeight, pooled);
    }

    /**
     * The strokes' mean width in pixels: twice the ink over the length of its edges (the total
     * variation across rows and columns), a pen's width whatever the shape it drew.
     */
    double strokeWidth() {
        return strokeWidth(0, 0, width, height, 1);
    }

    /**
     * {@link #strokeWidth()} of the {@code w} x {@code h} pixels from ({@code left}, {@code top}),
     * all around them taken as blank, from every {@code rowStep}-th row (each with its edges to
     * its left, right and upper neighbours): as good a mean from fewer pixels.
     */
    double strokeWidth(int left, int top, int w, int h, int rowStep) {
        double area = 0;
        double edges = 0;
        for (int y = top; y < top + h; y += rowStep) {
            float before = 0;
            for (int i = y * width + left, end = i + w; i < end; i++) {
                float v = ink[i];
                area += v;
                edges += Math.abs(v - before) + (y > top ? Math.abs(v - ink[i - width]) : v / rowStep);
                before = v;
            }
            edges += before;
        }
        for (int i = (top + h - 1) * width + left, end = i + w; i < end; i++) {
            edges += ink[i] / rowStep; // the lower border is one row's edge, as the upper: not a sampled row's
        }
        return edges == 0 ? 0 : 2 * area / edges;
    }

    /** Enlarged {@code factor} times each way, each new pixel interpolated between its four nearest old ones. */
    InkMap enlarged(int factor) {
        int bigWidth = width * factor;
        int bigHeight = height * factor;
        float[] big = new float[bigWidth * bigHeight];
        for (int y = 0, i = 0; y < bigHeight; y++) {
            double sy = Math.max(0, Math.min(height - 1, (y + 0.5) / factor - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(height - 1, y0 + 1);
            float fy = (float) (sy - y0);
            for (int x = 0; x < bigWidth; x++, i++) {
                double sx = Math.max(0, Math.min(width - 1, (x + 0.5) / factor - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(width - 1, x0 + 1);
                float fx = (float) (sx - x0);
                float top = ink[y0 * width + x0] * (1 - fx) + ink[y0 * width + x1] * fx;
                float bottom = ink[y1 * width + x0] * (1 - fx) + ink[y1 * width + x1] * fx;
                big[i] = top * (1 - fy) + bottom * fy;
            }
        }
        return new InkMap(bigWidth, bigHeight, big);
    }

    /** Each pixel the darkest of itself and its eight neighbours: every stroke a pixel bolder on each side. */
    InkMap dilated() {
        float[] across = new float[ink.length];
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                float left = x > 0 ? ink[i - 1] : 0;
                float right = x < width - 1 ? ink[i + 1] : 0;
                across[i] = Math.max(ink[i], Math.max(left, right));
            }
        }
        float[] both = new float[ink.length];
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                float up = y > 0 ? across[i - width] : 0;
                float down = y < height - 1 ? across[i + width] : 0;
                both[i] = Math.max(across[i], Math.max(up, down));
            }
        }
        return new InkMap(width, height, both);
    }
}
