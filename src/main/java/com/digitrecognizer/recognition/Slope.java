package com.digitrecognizer.recognition;

import java.util.Arrays;

/**
 * A line of writing that slopes, and its page turned level: a number written uphill, or
 * photographed askew, has its digits' boxes overlap and its line read as one tall mark (bench/
 * RESULTS.md, round 47: 10° cost 8 points of numbers read). The slope is that of the least-squares
 * lines through the tops and through the feet of the ink of narrow slices of the line, taken only
 * when both are surely not level — at least {@value #LEVEL_DEGREES}° and {@value #SURE} standard
 * errors from it — and agree, so that a level number's wobbling baseline, digits of many heights
 * or a 4's long arm are read as they are.
 */
final class Slope {

    private static final double LEVEL_DEGREES = 5;
    private static final double MOST_DEGREES = 30;
    /** Slices of the ink, left to right, each about this share of its height wide, at least this many with ink. */
    private static final int SLICES_PER_HEIGHT = 3;
    private static final int LEAST_SLICES = 5;
    /** A slice with less than this share of the mean slice's ink is left out: a stray tail, a speck. */
    private static final double SLICE_INK = 0.1;
    private static final double SURE = 3;
    /** The line's top and foot slope alike within this many degrees, or the line is not surely sloped. */
    private static final double AGREE_DEGREES = 5;
    /** A pixel is ink at this share of the page's darkest. */
    private static final float INK = 0.3f;
    /** Writing less wide than this many times its height is no line to level: a digit's own slant is no slope. */
    private static final double LINE_ASPECT = 2;

    private final double radians;
    private final int width;
    private final int height;
    private final int turnedWidth;
    private final int turnedHeight;

    /** {@code page}'s writing sloping by {@code radians}, rising to the right positive. */
    Slope(double radians, InkMap page) {
        this.radians = radians;
        this.width = page.width();
        this.height = page.height();
        double cos = Math.cos(radians);
        double sin = Math.abs(Math.sin(radians));
        this.turnedWidth = (int) Math.ceil(width * cos + height * sin);
        this.turnedHeight = (int) Math.ceil(width * sin + height * cos);
    }

    /**
     * The slope of the line of writing on {@code page} (any scale: the reader's working page is
     * small), rising to the right positive; NaN when the page is no line, or its line is not
     * surely sloped.
     */
    static double of(InkMap page) {
        float threshold = INK * page.darkest();
        int[] box = inkBox(page, threshold);
        int inkWidth = box[2] - box[0] + 1;
        int inkHeight = box[3] - box[1] + 1;
        if (box[2] < 0 || inkWidth < LINE_ASPECT * inkHeight) {
            return Double.NaN;
        }
        int slice = Math.max(1, inkHeight / SLICES_PER_HEIGHT);
        int slices = Math.ceilDiv(inkWidth, slice);
        double[] mass = new double[slices];
        int[] tops = new int[slices];
        int[] feet = new int[slices];
        Arrays.fill(tops, Integer.MAX_VALUE);
        float[] ink = page.ink();
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0], i = y * page.width() + x; x <= box[2]; x++, i++) {
                if (ink[i] > threshold) {
                    int s = (x - box[0]) / slice;
                    mass[s] += ink[i];
                    tops[s] = Math.min(tops[s], y);
                    feet[s] = Math.max(feet[s], y);
                }
            }
        }
        double total = 0;
        for (double m : mass) {
            total += m;
        }
        int n = 0;
        double[] xs = new double[slices];
        double[] topYs = new double[slices];
        double[] footYs = new double[slices];
        for (int s = 0; s < slices; s++) {
            if (mass[s] >= SLICE_INK * total / slices) {
                xs[n] = (s + 0.5) * slice;
                topYs[n] = tops[s];
                footYs[n++] = feet[s];
            }
        }
        if (n < LEAST_SLICES) {
            return Double.NaN;
        }
        // the line's top and its foot slope alike: digits of many heights, a long arm, slope one only
        double top = sureAngle(xs, topYs, n);
        double foot = sureAngle(xs, footYs, n);
        return Math.abs(top - foot) <= Math.toRadians(AGREE_DEGREES) ? (top + foot) / 2 : Double.NaN;
    }

    /** The angle of the least-squares line through the {@code n} points, NaN unless it is surely sloped. */
    private static double sureAngle(double[] xs, double[] ys, int n) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += xs[i] / n;
            meanY += ys[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
            sxy += (xs[i] - meanX) * (ys[i] - meanY);
        }
        double slope = sxy / sxx;
        double residuals = 0;
        for (int i = 0; i < n; i++) {
            double r = ys[i] - meanY - slope * (xs[i] - meanX);
            residuals += r * r;
        }
        double error = Math.sqrt(residuals / (n - 2) / sxx);
        double degrees = Math.toDegrees(Math.atan(-slope)); // rows grow downwards: rising to the right is a negative slope
        boolean sure = Math.abs(degrees) >= LEVEL_DEGREES && Math.abs(degrees) <= MOST_DEGREES
                && Math.abs(slope) >= SURE * error;
        return sure ? Math.toRadians(degrees) : Double.NaN;
    }

    /** Left, top, right and bottom of the pixels with more ink than {@code threshold} (right -1 when none has). */
    private static int[] inkBox(InkMap page, float threshold) {
        int[] box = {page.width(), page.height(), -1, -1};
        float[] ink = page.ink();
        for (int y = 0, i = 0; y < page.height(); y++) {
            for (int x = 0; x < page.width(); x++, i++) {
                if (ink[i] > threshold) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }

    /** The page turned level about its centre, on a page large enough to hold all of it. */
    InkMap levelled(InkMap page) {
        float[] turned = new float[turnedWidth * turnedHeight];
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        for (int y = 0, i = 0; y < turnedHeight; y++) {
            for (int x = 0; x < turnedWidth; x++, i++) {
                double u = x + 0.5 - turnedWidth / 2.0;
                double v = y + 0.5 - turnedHeight / 2.0;
                // the source of a level pixel's centre: turned back up the slope
                double sx = u * cos + v * sin + width / 2.0 - 0.5;
                double sy = -u * sin + v * cos + height / 2.0 - 0.5;
                turned[i] = page.interpolated(sx, sy);
            }
        }
        return new InkMap(turnedWidth, turnedHeight, turned);
    }

    /** A box on the levelled page as a box on the page as it came: the box around its corners turned back. */
    Box onPage(Box box) {
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double u = box.x() + (corner % 2) * box.width() - turnedWidth / 2.0;
            double v = box.y() + (corner / 2) * box.height() - turnedHeight / 2.0;
            double x = u * cos + v * sin + width / 2.0;
            double y = -u * sin + v * cos + height / 2.0;
            left = Math.min(left, x);
            top = Math.min(top, y);
            right = Math.max(right, x);
            bottom = Math.max(bottom, y);
        }
        int x = Math.max(0, (int) Math.floor(left));
        int y = Math.max(0, (int) Math.floor(top));
        return new Box(x, y, Math.min(width, (int) Math.ceil(right)) - x, Math.min(height, (int) Math.ceil(bottom)) - y);
    }
}
