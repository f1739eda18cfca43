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
        Ink ink = new Ink(blobs, blob, strokeEntry);
        List<Path> paths = new ArrayList<>();
        for (int x = blob.left() + spacing; x <= blob.right() + 1 - spacing; x++) {
            paths.add(new Path(x, cost(ink, blob, x, band)));
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
     * The cost of the path from column {@code start} of the top row down that enters fewest
     * strokes and crosses least ink, row by row: each column's cost the least of coming straight
     * down or from either side, plus its own. Branch-free, so that the JIT computes several
     * columns at once: every start of a mark is tried, and only the few kept are traced.
     */
    private static double cost(Ink ink, Blob blob, int start, int band) {
        Band columns = new Band(ink, blob, start, band);
        double[] cost = columns.row();
        double[] next = columns.firstRow();
        for (int y = 1; y < blob.height(); y++) {
            double[] done = cost;
            cost = next;
            next = done;
            for (int c = 1, p = columns.pixel(y, 1); c <= columns.width; c++, p++) {
                next[c] = Math.min(cost[c] + ink.enterStraight[p], Math.min(cost[c - 1] + ink.enterFromLeft[p],
                        cost[c + 1] + ink.enterFromRight[p])) + columns.own(p, c);
            }
        }
        double least = Double.POSITIVE_INFINITY;
        for (double c : next) {
            least = c < least ? c : least;
        }
        return least;
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
                int best = c;
                double bestCost = cost[c] + ink.enterStraight[p];
                if (cost[c - 1] + ink.enterFromLeft[p] < bestCost) {
                    best = c - 1;
                    bestCost = cost[c - 1] + ink.enterFromLeft[p];
                }
                if (cost[c + 1] + ink.enterFromRight[p] < bestCost) {
                    best = c + 1;
                    bestCost = cost[c + 1] + ink.enterFromRight[p];
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
            return y * ink.width + column(c) - ink.left;
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
     * tried reads each of them many times.
     */
    private static final class Ink {

        private final int left;
        private final int width;
        private final double[] here;
        private final double[] enterStraight;
        private final double[] enterFromLeft;
        private final double[] enterFromRight;

        Ink(Blobs blobs, Blob blob, double strokeEntry) {
            left = blob.left();
            width = blob.width() + 1;
            boolean[] pixels = new boolean[width * blob.height()];
            for (int y = 0; y < blob.height(); y++) {
                for (int x = 0; x < blob.width(); x++) {
                    pixels[y * width + x] = blobs.at(left + x, blob.top() + y) == blob.id();
                }
            }
            here = new double[pixels.length];
            enterStraight = new double[pixels.length];
            enterFromLeft = new double[pixels.length];
            enterFromRight = new double[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                here[i] = pixels[i] ? 1 : 0;
                int x = i % width;
                if (pixels[i] && i >= width) { // ink here, none where the path comes from: a stroke entered
                    enterStraight[i] = pixels[i - width] ? 0 : strokeEntry;
                    enterFromLeft[i] = x > 0 && !pixels[i - width - 1] ? strokeEntry : 0;
                    enterFromRight[i] = x + 1 < width && !pixels[i - width + 1] ? strokeEntry : 0;
                }
            }
        }
    }
}
