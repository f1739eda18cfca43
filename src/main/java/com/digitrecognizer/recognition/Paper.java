package com.digitrecognizer.recognition;

import java.util.Arrays;

/**
 * The ink of an uploaded drawing under the paper's own darkness, pixel by pixel: a photo's shadow
 * or uneven light leaves the paper darker on one side, which one level for the whole page reads as
 * ink — a shadow along an edge as a confident "1" before the number. A pixel's ink is the share of
 * the paper's light there that the pen took away (light multiplies: a stroke in the shadow is as
 * much ink as one in the light; on white paper the ink is the darkness). The page is cut into
 * blocks about a {@value #BLOCKS}th of its shorter side; a block's paper is its lighter half
 * (strokes cover less of it). Light changes smoothly across a page, so the paper is the smooth
 * surface (a quadratic in x and y, as a lamp's falling light or a lens's darker corners make it)
 * that fits the blocks' paper, leaving out blocks much darker than it: those lie in ink (a thick
 * stroke, a scribble filled in). A page of one level is no ink, exactly.
 */
final class Paper {

    /** Blocks along the page's shorter side: light changes slowly across a page, strokes quickly. */
    private static final int BLOCKS = 6;
    /** At most this many along the longer side (a long strip), so that a page has a few hundred blocks at most. */
    private static final int MOST_BLOCKS = 48;
    private static final int SMALLEST_BLOCK = 4;
    /** A block's paper: the darkness its lighter half of pixels does not exceed (the fit leaves out blocks mostly in ink). */
    private static final double PAPER_SHARE = 0.5;
    /** Levels of darkness a block's histogram tells apart: a paper level is found to a sixty-fourth, and is exact. */
    private static final int LEVELS = 64;
    /** A block's paper is found from about this many pixels each way: a median needs no more. */
    private static final int SAMPLES = 12;
    /** A block's paper darker than the surface by more than this lies in ink, and is left out of the next fit. */
    private static final double IN_INK = 0.02;
    private static final int FITS = 4;
    /** Pixels of a row between two points where the surface is computed, and straight between. */
    private static final int SPAN = 16;

    private Paper() {
    }

    /** {@code darkness} (0 the lightest, 1 the darkest, row by row) made the ink: the share of the paper's light taken away. */
    static void takeOff(float[] darkness, int width, int height) {
        int block = Math.max(SMALLEST_BLOCK,
                Math.max(Math.min(width, height) / BLOCKS, Math.max(width, height) / MOST_BLOCKS));
        int columns = (width + block - 1) / block;
        int rows = (height + block - 1) / block;
        float[] blocks = blockPaper(darkness, width, height, block, columns, rows);
        double[] u = new double[blocks.length];
        double[] v = new double[blocks.length];
        for (int b = 0; b < blocks.length; b++) {
            u[b] = across(b % columns, block, width);
            v[b] = across(b / columns, block, height);
        }
        Surface paper = Surface.under(blocks, u, v);
        // paper of one level, as most uploads have: one level, and no division, for every pixel (half the time)
        if (paper.isFlat()) {
            float level = paper.at(0, 0);
            float share = 1 / (1 - level);
            for (int i = 0; i < darkness.length; i++) {
                darkness[i] = Math.max(0, (darkness[i] - level) * share);
            }
            return;
        }
        for (int y = 0, i = 0; y < height; y++) {
            double py = (y + 0.5) / height - 0.5;
            for (int from = 0; from < width; from += SPAN) { // the surface is near straight over a span: interpolated
                int to = Math.min(width, from + SPAN);
                float level = paper.at((from + 0.5) / width - 0.5, py);
                float step = (paper.at((to + 0.5) / width - 0.5, py) - level) / SPAN;
                for (int x = from; x < to; x++, i++, level += step) {
                    darkness[i] = Math.max(0, (darkness[i] - level) / (1 - level));
                }
            }
        }
    }

    /**
     * Where the centre of block {@code index} lies across a side of {@code length} pixels, from -0.5
     * to 0.5: a page one block high has its blocks at 0, where the y terms vanish.
     */
    private static double across(int index, int block, int length) {
        return (index * block + Math.min(length, (index + 1) * block)) / 2.0 / length - 0.5;
    }

    /**
     * Each block's paper, from a histogram of a sample of its pixels' darkness (no sorting, however
     * large the page): the lightest pixel of the level its lighter half reaches, so that a page of
     * one level loses exactly that level.
     */
    private static float[] blockPaper(float[] darkness, int width, int height, int block, int columns, int rows) {
        int[][] counts = new int[columns * rows][LEVELS];
        float[][] lightest = new float[columns * rows][LEVELS];
        for (float[] levels : lightest) {
            Arrays.fill(levels, Float.MAX_VALUE);
        }
        int step = Math.max(1, block / SAMPLES);
        for (int y = step / 2; y < height; y += step) {
            for (int column = 0, b = (y / block) * columns; column < columns; column++, b++) {
                int[] count = counts[b];
                float[] least = lightest[b];
                for (int x = column * block + step / 2, end = Math.min(width, (column + 1) * block); x < end; x += step) {
                    float value = darkness[y * width + x];
                    int level = (int) (Math.max(0, Math.min(1, value)) * (LEVELS - 1) + 0.5f);
                    count[level]++;
                    least[level] = Math.min(least[level], value);
                }
            }
        }
        float[] paper = new float[counts.length];
        for (int b = 0; b < counts.length; b++) {
            int pixels = 0;
            for (int count : counts[b]) {
                pixels += count;
            }
            int level = 0;
            for (int seen = counts[b][0]; seen < PAPER_SHARE * pixels; seen += counts[b][++level]) {
                // up to the level the lighter half reaches
            }
            paper[b] = lightest[b][level];
        }
        return paper;
    }

    /**
     * The paper's darkness across the page: {@code c0 + c1 x + c2 y + c3 x² + c4 xy + c5 y²}, x and
     * y from -0.5 to 0.5 across it, from white to {@value #DARKEST} (darker paper would leave no room for ink).
     */
    private record Surface(double[] c) {

        private static final int TERMS = 6;
        private static final double DARKEST = 0.9;
        private static final float FLAT = 0.5f / 255;
        /** A touch of ridge: blocks in one row (a strip) give the y terms nothing to fit, and they get nothing. */
        private static final double RIDGE = 1e-9;

        float at(double x, double y) {
            return within(c[0] + c[1] * x + c[2] * y + c[3] * x * x + c[4] * x * y + c[5] * y * y);
        }

        /** Whether the surface is one level across the page, to a fraction of one of 256 grey levels. */
        boolean isFlat() {
            float lightest = Float.MAX_VALUE;
            float darkest = 0;
            for (double x = -0.5; x <= 0.5; x += 0.25) {
                for (double y = -0.5; y <= 0.5; y += 0.25) {
                    lightest = Math.min(lightest, at(x, y));
                    darkest = Math.max(darkest, at(x, y));
                }
            }
            return darkest - lightest < FLAT;
        }

        static float within(double level) {
            return (float) Math.max(0, Math.min(DARKEST, level));
        }

        /** The surface fitted to the blocks' {@code paper} at ({@code u}, {@code v}), refitted without the blocks in ink. */
        static Surface under(float[] paper, double[] u, double[] v) {
            boolean[] used = new boolean[paper.length];
            Arrays.fill(used, true);
            Surface surface = fit(paper, u, v, used);
            for (int round = 1; round < FITS; round++) {
                for (int b = 0; b < paper.length; b++) {
                    used[b] = paper[b] - surface.at(u[b], v[b]) <= IN_INK;
                }
                surface = fit(paper, u, v, used);
            }
            return surface;
        }

        /** Least squares over the {@code used} blocks, by the normal equations (six unknowns). */
        private static Surface fit(float[] paper, double[] u, double[] v, boolean[] used) {
            double[][] normal = new double[TERMS][TERMS + 1];
            for (int b = 0; b < paper.length; b++) {
                if (!used[b]) {
                    continue;
                }
                double[] terms = terms(u[b], v[b]);
                for (int r = 0; r < TERMS; r++) {
                    for (int k = 0; k < TERMS; k++) {
                        normal[r][k] += terms[r] * terms[k];
                    }
                    normal[r][TERMS] += terms[r] * paper[b];
                }
            }
            for (int r = 0; r < TERMS; r++) {
                normal[r][r] += RIDGE;
            }
            return new Surface(solved(normal));
        }

        private static double[] terms(double x, double y) {
            return new double[] {1, x, y, x * x, x * y, y * y};
        }

        /** The solution of the augmented system, by Gaussian elimination with partial pivoting. */
        private static double[] solved(double[][] system) {
            int n = system.length;
            for (int col = 0; col < n; col++) {
                int pivot = col;
                for (int r = col + 1; r < n; r++) {
                    pivot = Math.abs(system[r][col]) > Math.abs(system[pivot][col]) ? r : pivot;
                }
                double[] swap = system[col];
                system[col] = system[pivot];
                system[pivot] = swap;
                for (int r = col + 1; r < n; r++) {
                    double factor = system[r][col] / system[col][col];
                    for (int k = col; k <= n; k++) {
                        system[r][k] -= factor * system[col][k];
                    }
                }
            }
            double[] solution = new double[n];
            for (int r = n - 1; r >= 0; r--) {
                double sum = system[r][n];
                for (int k = r + 1; k < n; k++) {
                    sum -= system[r][k] * solution[k];
                }
                solution[r] = sum / system[r][r];
            }
            return solution;
        }
    }
}
