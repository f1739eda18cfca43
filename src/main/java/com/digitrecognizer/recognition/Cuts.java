package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Blobs.Blob;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

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
    /** A mark at least this many pixels wide is searched by two threads: a narrower one, by one at less cost. */
    private static final int PARALLEL_FROM = 40;

    private Cuts() {
    }

    /**
     * The cut paths of {@code blob}, left to right: for each of its rows, the first column on the
     * right of the cut. No two start closer than {@code spacing}, nor closer to an edge; none
     * strays further than {@code band} from its start. Entering a stroke costs as much as
     * crossing {@code strokeEntry} pixels of ink; a path that costs more than {@code mostCost} is
     * no cut. A wide mark's starts are tried on both cores if {@code parallel}.
     */
    static List<int[]> of(Blobs blobs, Blob blob, int spacing, int band, double strokeEntry, double mostCost,
                          boolean parallel) {
        Ink ink = new Ink(blobs, blob);
        IntStream starts = IntStream.rangeClosed(blob.left() + spacing, blob.right() + 1 - spacing);
        // a mark of several touching digits has many starts to try: on both cores (this thread and a pool's)
        List<Path> paths = (parallel && blob.width() >= PARALLEL_FROM ? starts.parallel() : starts)
                .mapToObj(x -> cheapest(ink, blob, x, band, strokeEntry, false)).toList();
        List<Path> kept = new ArrayList<>(spaced(paths, Path::cost, spacing));
        kept.removeIf(path -> path.cost() > mostCost);
        kept.sort(Comparator.comparingInt(Path::start));
        List<int[]> cuts = new ArrayList<>(kept.size());
        int[] previous = null;
        for (Path path : kept) {
            // the few paths kept are traced again, their columns this time: most starts need only their cost
            int[] columns = cheapest(ink, blob, path.start(), band, strokeEntry, true).columns();
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

    /** A cut path from column {@code start}: its cost, and its column in each row when traced. */
    private record Path(int start, double cost, int[] columns) {
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
     * The path from column {@code start} of the top row down that enters fewest strokes and
     * crosses least ink; its columns only if {@code traced}.
     */
    private static Path cheapest(Ink ink, Blob blob, int start, int band, double strokeEntry, boolean traced) {
        int from = Math.max(blob.left(), start - band);
        int to = Math.min(blob.right() + 1, start + band);
        int width = to - from + 1;
        int rows = blob.height();
        double[] lean = new double[width]; // leaning away from the start, the same in every row
        for (int c = 0; c < width; c++) {
            lean[c] = LEAN * Math.abs(from + c - start);
        }
        double[] cost = new double[width];
        double[] next = new double[width];
        int[] step = traced ? new int[rows * width] : null; // per row and column: the column taken from the row above
        for (int c = 0; c < width; c++) {
            next[c] = c == start - from ? (ink.at(from + c, 0) ? 1 : 0) + lean[c] : Double.POSITIVE_INFINITY;
        }
        for (int y = 1; y < rows; y++) {
            double[] done = cost;
            cost = next;
            next = done;
            int row = ink.row(y);
            int above = ink.row(y - 1);
            for (int c = 0, x = from - ink.left; c < width; c++, x++) {
                boolean inkHere = ink.pixels[row + x];
                // coming down from a column without ink into ink here enters a stroke
                // straight down first, then either side: of equally cheap steps the first is kept
                int best = c;
                double bestCost = cost[c] + (inkHere && !ink.pixels[above + x] ? strokeEntry : 0);
                if (c > 0) {
                    double via = cost[c - 1] + (inkHere && !ink.pixels[above + x - 1] ? strokeEntry : 0);
                    if (via < bestCost) {
                        best = c - 1;
                        bestCost = via;
                    }
                }
                if (c + 1 < width) {
                    double via = cost[c + 1] + (inkHere && !ink.pixels[above + x + 1] ? strokeEntry : 0);
                    if (via < bestCost) {
                        best = c + 1;
                        bestCost = via;
                    }
                }
                next[c] = bestCost + ((inkHere ? 1 : 0) + lean[c]); // its ink, and leaning away from the start
                if (traced) {
                    step[y * width + c] = best;
                }
            }
        }
        cost = next;
        int end = 0;
        for (int c = 1; c < width; c++) {
            end = cost[c] < cost[end] ? c : end;
        }
        if (!traced) {
            return new Path(start, cost[end], null);
        }
        int[] columns = new int[rows];
        for (int y = rows - 1, c = end; y >= 0; y--) {
            columns[y] = from + c;
            c = step[y * width + c];
        }
        return new Path(start, cost[end], columns);
    }

    /**
     * The mark's own pixels in its box and one column beyond it on the right (where a cut may
     * pass), looked up once: every cut tried reads each of them many times.
     */
    private static final class Ink {

        private final int left;
        private final int width;
        private final boolean[] pixels;

        Ink(Blobs blobs, Blob blob) {
            left = blob.left();
            width = blob.width() + 1;
            pixels = new boolean[width * blob.height()];
            for (int y = 0; y < blob.height(); y++) {
                for (int x = 0; x < blob.width(); x++) {
                    pixels[y * width + x] = blobs.at(left + x, blob.top() + y) == blob.id();
                }
            }
        }

        /** Whether page column {@code x} of the mark's row {@code y} (0 its top) is the mark's ink. */
        boolean at(int x, int y) {
            return pixels[row(y) + x - left];
        }

        /** Where the mark's row {@code y} begins in {@link #pixels}. */
        int row(int y) {
            return y * width;
        }
    }
}
