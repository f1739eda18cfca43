package com.digitrecognizer.recognition;

/**
 * A line of writing as the line reader sees it: the ink's box scaled to {@value #INK_HEIGHT}
 * pixels high, the height MNIST gives its digits, in {@value #HEIGHT} rows with {@value #MARGIN}
 * blank pixels around and {@value #TRAILING_BLANK} after; area-averaged (anti-aliased), ink = 1. Its width grows with the line.
 *
 * @param pixels row-major, {@code HEIGHT x width}
 * @param scale  line pixels per page pixel
 * @param left   the page column at the line's column {@value #MARGIN}
 * @param top    the page row at the line's row {@value #MARGIN}
 */
public record LineImage(float[] pixels, int width, double scale, int left, int top) {

    public static final int HEIGHT = 28;
    static final int INK_HEIGHT = 20;
    static final int MARGIN = 4;
    /** Blank after the ink: the last digit's window, and the reader's view past it, must see where the line ends. */
    static final int TRAILING_BLANK = 24;
    private static final float INK_THRESHOLD = 0.1f;

    /**
     * The ink of a {@code width x height} page (0-1 a pixel), at least {@code minWidth} wide; if
     * the line at full height would be wider than {@code maxWidth}, it is made smaller to fit.
     * Null when the page holds no ink.
     */
    public static LineImage of(int width, int height, float[] ink, int minWidth, int maxWidth) {
        int left = width;
        int right = -1;
        int top = height;
        int bottom = -1;
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                if (ink[i] > INK_THRESHOLD) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return null;
        }
        int inkWidth = right - left + 1;
        int inkHeight = bottom - top + 1;
        double scale = Math.min((double) INK_HEIGHT / inkHeight, (double) (maxWidth - MARGIN - TRAILING_BLANK) / inkWidth);
        int lineWidth = Math.max(minWidth, (int) Math.ceil(inkWidth * scale) + MARGIN + TRAILING_BLANK);
        // the ink's box centred in the rows, as MNIST centres a digit
        int shiftedTop = top - (int) Math.round((INK_HEIGHT / scale - inkHeight) / 2);
        float[] pixels = resample(width, height, ink, scale, left, shiftedTop, lineWidth);
        return new LineImage(pixels, lineWidth, scale, left, shiftedTop);
    }

    /** The page column of line column {@code column}. */
    public double pageX(double column) {
        return left + (column - MARGIN) / scale;
    }

    /** Each line pixel the mean of the page pixels under it, from a summed-area table of the page. */
    private static float[] resample(int width, int height, float[] ink, double scale, int left, int top, int lineWidth) {
        double[] sums = new double[(width + 1) * (height + 1)];
        for (int y = 0; y < height; y++) {
            double row = 0;
            for (int x = 0; x < width; x++) {
                row += ink[y * width + x];
                sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
            }
        }
        float[] pixels = new float[HEIGHT * lineWidth];
        float max = 1e-6f;
        for (int ly = 0; ly < HEIGHT; ly++) {
            int y0 = top + (int) Math.floor((ly - MARGIN) / scale);
            int y1 = Math.max(y0 + 1, top + (int) Math.floor((ly + 1 - MARGIN) / scale));
            if (y1 <= 0 || y0 >= height) {
                continue;
            }
            for (int lx = 0; lx < lineWidth; lx++) {
                int x0 = left + (int) Math.floor((lx - MARGIN) / scale);
                int x1 = Math.max(x0 + 1, left + (int) Math.floor((lx + 1 - MARGIN) / scale));
                if (x1 <= 0 || x0 >= width) {
                    continue;
                }
                int area = (x1 - x0) * (y1 - y0); // what lies off the page counts blank
                int cx0 = clamp(x0, width);
                int cx1 = clamp(x1, width);
                int cy0 = clamp(y0, height);
                int cy1 = clamp(y1, height);
                double sum = sums[cy1 * (width + 1) + cx1] - sums[cy0 * (width + 1) + cx1]
                        - sums[cy1 * (width + 1) + cx0] + sums[cy0 * (width + 1) + cx0];
                pixels[ly * lineWidth + lx] = (float) (sum / area);
                max = Math.max(max, pixels[ly * lineWidth + lx]);
            }
        }
        for (int i = 0; i < pixels.length; i++) { // the strongest ink = 1, as in MNIST, however thin the pen
            pixels[i] /= max;
        }
        return pixels;
    }

    private static int clamp(int value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }
}
