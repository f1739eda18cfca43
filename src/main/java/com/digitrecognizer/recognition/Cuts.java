package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Blobs.Blob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where to cut a mark that may be several digits touching: paths from its top row to its bottom
 * one, each step straight down or one pixel aside, that enter as few strokes and cross as little
 * ink as they can — so a cut slips between two digits that overlap without crossing, where a
 * straight cut would slice one of them, and through the one place two digits touch rather than
 * across two strokes of one digit. Tried from every column; the cheapest, well apart, are kept.
 */
final class Cuts {

    /** Leaning aside costs a little, so that of equally cheap paths the straightest wins. */
    private static final double LEAN = 0.15;

    private Cuts() {
    }

    /**
     * The cut paths of {@code blob}, left to right: for each of its rows, the first column on the
     * right of the cut. No two start closer than {@code spacing}, nor closer to an edge; none
     * strays further than {@code band} from its start. Entering a stroke costs as much as
     * crossing {@code strokeEntry} pixels of ink; a path that costs more than {@code mostCost} is
     * no cut; of the rest, the {@code mostCuts} cheapest.
     */
    static List<int[]> of(Blobs blobs, Blob blob, int spacing, int band, double strokeEntry, double mostCost,
                          int mostCuts) {
        Ink ink = new Ink(blobs, blob, strokeEntry, band);
        double[] costs = costs(ink, blob, spacing, band);
        List<Path> paths = new ArrayList<>(costs.length);
        for (int i = 0; i < costs.length; i++) {
            paths.add(new Path(blob.left() + spacing + i, costs[i]));
        }
        List<Path> kept = new ArrayList<>(spaced(paths, Path::cost, spacing));
        kept.removeIf(path -> path.cost() > mostCost);
        if (kept.size() > mostCuts) { // the cheapest
            kept = new ArrayList<>(kept.subList(0, mostCuts));
        }
        kept.sort(Comparator.comparingInt(Path::start));
        List<int[]> cuts = new ArrayList<>(kept.size());
        int[] previous = null;
        for (Path path : kept) {
            int[] columns = traced(ink, blob, path.start(), band);
            if (previous != null) { // two cuts may lean into each other: the right one never passes the left
                for (int y = 0; y < columns.length; y++) {
                    columns[y] = Math.max(columns[y], previous[y]);
                }
            }
            cuts.add(columns);
            previous = columns;
        }
        return cuts;
    }

    /** The paths lowest in their neighbourhood by {@code score}, lowest first, none closer than {@code spacing}. */
    private static List<Path> spaced(List<Path> paths, ToDoubleFunction<Path> score, int spacing) {
        List<Path> valleys = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (isLowest(paths, i, spacing / 2, score)) {
                valleys.add(paths.get(i));
            }
        }
        valleys.sort(Comparator.comparingDouble(score).thenComparingInt(Path::start));
        List<Path> kept = new ArrayList<>();
        for (Path path : valleys) {
            if (kept.stream().allMatch(k -> Math.abs(k.start() - path.start()) >= spacing)) {
                kept.add(path);
            }
        }
        return kept;
    }

    /** The cheapest cut path from column {@code start}: its cost. */
    private record Path(int start, double cost) {
    }

    private static boolean isLowest(List<Path> paths, int i, int radius, ToDoubleFunction<Path> score) {
        for (int k = Math.max(0, i - radius); k <= Math.min(paths.size() - 1, i + radius); k++) {
            if (score.applyAsDouble(paths.get(k)) < score.applyAsDouble(paths.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cost of the cheapest path from each column of the top row down, {@code spacing} or more
     * from either edge, left to right: the path that enters fewest strokes and crosses least ink,
     * row by row, each column's cost the least of coming straight down or from either side, plus
     * its own. Every start at once, offset by offset: one row of the table holds every start's
     * cost at the same offset from it, so the innermost loop runs along the starts through
     * adjacent pixels, branch-free, and the JIT computes several at once (a mark's cuts are tried
     * from each of its columns; only the few kept are traced).
     */
    static double[] costs(Ink ink, Blob blob, int spacing, int band) {
        int first = blob.left() + spacing;
        int starts = blob.right() + 2 - spacing - first;
        if (starts <= 0) {
            return new double[0];
        }
        int offsets = 2 * band + 1;
        // row k of each table (1 to offsets): every start's cost at offset k - 1 - band from it;
        // rows 0 and offsets + 1 are unreachable, so that every offset has two neighbours
        double[][] cost = unreachable(offsets + 2, starts);
        double[][] next = unreachable(offsets + 2, starts);
        for (int s = 0; s < starts; s++) { // the top row: each path begins at its start
            next[band + 1][s] = ink.here[ink.pixel(0, first + s)];
        }
        // each offset's costs an array of their own, read and written at the same start, and the
        // ink's tables flags (bytes) and floats, never doubles like the costs: the JIT then knows
        // that no cost written can be one read further on, and computes several starts at once
        byte[] straight = ink.entersStraight;
        byte[] fromLeft = ink.entersFromLeft;
        byte[] fromRight = ink.entersFromRight;
        float[] here = ink.here;
        double entry = ink.strokeEntry;
        for (int y = 1; y < blob.height(); y++) {
            double[][] done = cost;
            cost = next;
            next = done;
            for (int k = 1; k <= offsets; k++) {
                double lean = LEAN * Math.abs(k - 1 - band);
                double[] row = next[k];
                double[] above = cost[k];
                double[] aboveLeft = cost[k - 1];
                double[] aboveRight = cost[k + 1];
                int p = ink.pixel(y, first + k - 1 - band);
                for (int s = 0; s < starts; s++) {
                    row[s] = Math.min(above[s] + straight[p + s] * entry, Math.min(aboveLeft[s] + fromLeft[p + s] * entry,
                            aboveRight[s] + fromRight[p + s] * entry)) + (here[p + s] + lean);
                }
            }
        }
        double[] least = next[0]; // unreachable, so +infinity: each start's least gathers there
        for (int k = 1; k <= offsets; k++) {
            for (int s = 0; s < starts; s++) {
                least[s] = Math.min(least[s], next[k][s]);
            }
        }
        return least;
    }

    private static double[][] unreachable(int rows, int columns) {
        double[][] table = new double[rows][columns];
        for (double[] row : table) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        return table;
    }

    /**
     * The same path traced: for each row, its column. Of equally cheap steps, straight down is
     * taken first, then from the left, then from the right.
     */
    private static int[] traced(Ink ink, Blob blob, int start, int band) {
        Band columns = new Band(ink, blob, start, band);
        int rows = blob.height();
        int stride = columns.width + 2;
        double[] cost = columns.row();
        double[] next = columns.firstRow();
        int[] step = new int[rows * stride]; // per row and column: the column taken from the row above
        for (int y = 1; y < rows; y++) {
            double[] done = cost;
            cost = next;
            next = done;
            for (int c = 1, p = columns.pixel(y, 1); c <= columns.width; c++, p++) {
                double fromLeft = cost[c - 1] + ink.entersFromLeft[p] * ink.strokeEntry;
                double fromRight = cost[c + 1] + ink.entersFromRight[p] * ink.strokeEntry;
                int best = c;
                double bestCost = cost[c] + ink.entersStraight[p] * ink.strokeEntry;
                if (fromLeft < bestCost) {
                    best = c - 1;
                    bestCost = fromLeft;
                }
                if (fromRight < bestCost) {
                    best = c + 1;
                    bestCost = fromRight;
                }
                next[c] = bestCost + columns.own(p, c);
                step[y * stride + c] = best;
            }
        }
        int end = 1;
        for (int c = 2; c <= columns.width; c++) {
            end = next[c] < next[end] ? c : end;
        }
        int[] path = new int[rows];
        for (int y = rows - 1, c = end; y >= 0; y--) {
            path[y] = columns.column(c);
            c = step[y * stride + c];
        }
        return path;
    }

    /**
     * The columns a path from {@code start} may take, and what passing each costs in itself.
     * Rows of costs hold them at 1 to {@code width}, with an unreachable column (+infinity) at
     * either end, so that every column has two neighbours and no edge needs a case of its own.
     */
    private static final class Band {

        private final Ink ink;
        private final int from;
        private final int width;
        private final int start;
        /** Leaning away from the start costs a little, the same in every row. */
        private final double[] lean;

        Band(Ink ink, Blob blob, int start, int band) {
            this.ink = ink;
            this.start = start;
            from = Math.max(blob.left(), start - band);
            width = Math.min(blob.right() + 1, start + band) - from + 1;
            lean = new double[width + 2];
            for (int c = 1; c <= width; c++) {
                lean[c] = LEAN * Math.abs(column(c) - start);
            }
        }

        /** A row of costs, every column unreached. */
        double[] row() {
            double[] row = new double[width + 2];
            Arrays.fill(row, Double.POSITIVE_INFINITY);
            return row;
        }

        /** The top row: the path begins at its start. */
        double[] firstRow() {
            double[] row = row();
            int c = start - from + 1;
            row[c] = own(pixel(0, c), c);
            return row;
        }

        /** The page column of band column {@code c}. */
        int column(int c) {
            return from + c - 1;
        }

        /** Where band column {@code c} of row {@code y} is in the ink's tables. */
        int pixel(int y, int c) {
            return ink.pixel(y, column(c));
        }

        /** What passing pixel {@code p}, band column {@code c}, costs: its ink, and leaning. */
        double own(int p, int c) {
            return ink.here[p] + lean[c];
        }
    }

    /**
     * The mark's own pixels in its box and one column beyond it on the right (where a cut may
     * pass), and what a path pays at each: crossing its ink, and entering a stroke from the row
     * above (straight down, or from the column on the left or right), looked up once: every cut
     * tried reads each of them many times. {@code pad} columns more on either side are beyond
     * reach (crossing them costs +infinity), so that every start's band has all its columns.
     */
    static final class Ink {

        private final int left;
        private final int width;
        private final float[] here;
        /** Per pixel, 1 where a path entering it straight down (from the left, from the right) enters a stroke. */
        private final byte[] entersStraight;
        private final byte[] entersFromLeft;
        private final byte[] entersFromRight;
        private final double strokeEntry;

        Ink(Blobs blobs, Blob blob, double strokeEntry, int pad) {
            int columns = blob.width() + 1;
            this.strokeEntry = strokeEntry;
            left = blob.left() - pad;
            width = columns + 2 * pad;
            int size = width * blob.height();
            here = new float[size];
            entersStraight = new byte[size];
            entersFromLeft = new byte[size];
            entersFromRight = new byte[size];
            Arrays.fill(here, Float.POSITIVE_INFINITY);
            boolean[] pixels = new boolean[size];
            for (int y = 0; y < blob.height(); y++) {
                for (int x = 0; x < blob.width(); x++) {
                    pixels[y * width + pad + x] = blobs.at(blob.left() + x, blob.top() + y) == blob.id();
                }
            }
            for (int y = 0; y < blob.height(); y++) {
                for (int x = 0, i = y * width + pad; x < columns; x++, i++) {
                    here[i] = pixels[i] ? 1 : 0;
                    if (pixels[i] && y > 0) { // ink here, none where the path comes from: a stroke entered
                        entersStraight[i] = (byte) (pixels[i - width] ? 0 : 1);
                        entersFromLeft[i] = (byte) (x > 0 && !pixels[i - width - 1] ? 1 : 0);
                        entersFromRight[i] = (byte) (x + 1 < columns && !pixels[i - width + 1] ? 1 : 0);
                    }
                }
            }
        }

        /** Where page column {@code column} of the mark's row {@code y} is in the tables. */
        int pixel(int y, int column) {
            return y * width + column - left;
        }
    }
}
