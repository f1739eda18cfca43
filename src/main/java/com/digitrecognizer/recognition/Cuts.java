package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Blobs.Blob;

import java.util.ArrayList;
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
    private static final int[] STEPS = {0, -1, 1};

    private Cuts() {
    }

    /**
     * The cut paths of {@code blob}, left to right: for each of its rows, the first column on the
     * right of the cut. No two start closer than {@code spacing}, nor closer to an edge; none
     * strays further than {@code band} from its start. Entering a stroke costs as much as
     * crossing {@code strokeEntry} pixels of ink; a path that costs more than {@code mostCost} is
     * no cut.
     */
    static List<int[]> of(Blobs blobs, Blob blob, int spacing, int band, double strokeEntry, double mostCost) {
        List<Path> paths = new ArrayList<>();
        for (int x = blob.left() + spacing; x <= blob.right() + 1 - spacing; x++) {
            paths.add(cheapest(blobs, blob, x, band, strokeEntry));
        }
        List<Path> kept = new ArrayList<>(spaced(paths, Path::cost, spacing));
        kept.removeIf(path -> path.cost() > mostCost);
        kept.sort(Comparator.comparingInt(Path::start));
        List<int[]> cuts = new ArrayList<>(kept.size());
        int[] previous = null;
        for (Path path : kept) {
            int[] columns = path.columns();
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

    /** The path from column {@code start} of the top row down that enters fewest strokes and crosses least ink. */
    private static Path cheapest(Blobs blobs, Blob blob, int start, int band, double strokeEntry) {
        int from = Math.max(blob.left(), start - band);
        int to = Math.min(blob.right() + 1, start + band);
        int width = to - from + 1;
        int rows = blob.height();
        double[] cost = new double[width];
        int[][] step = new int[rows][width]; // the column offset taken from the row above
        for (int y = 0; y < rows; y++) {
            double[] next = new double[width];
            for (int c = 0; c < width; c++) {
                boolean inkHere = ink(blobs, blob, from + c, blob.top() + y) > 0;
                double here = (inkHere ? 1 : 0) + LEAN * Math.abs(from + c - start);
                if (y == 0) {
                    next[c] = c == start - from ? here : Double.POSITIVE_INFINITY;
                    continue;
                }
                int best = c;
                double bestCost = Double.POSITIVE_INFINITY;
                for (int d : STEPS) { // straight down first: of equally cheap steps it is kept
                    int p = c + d;
                    if (p >= 0 && p < width) {
                        boolean entering = inkHere && ink(blobs, blob, from + p, blob.top() + y - 1) == 0;
                        double via = cost[p] + (entering ? strokeEntry : 0);
                        if (via < bestCost) {
                            best = p;
                            bestCost = via;
                        }
                    }
                }
                next[c] = bestCost + here;
                step[y][c] = best;
            }
            cost = next;
        }
        int end = 0;
        for (int c = 1; c < width; c++) {
            end = cost[c] < cost[end] ? c : end;
        }
        int[] columns = new int[rows];
        for (int y = rows - 1, c = end; y >= 0; y--) {
            columns[y] = from + c;
            c = step[y][c];
        }
        return new Path(start, cost[end], columns);
    }

    private static int ink(Blobs blobs, Blob blob, int x, int y) {
        return x <= blob.right() && blobs.at(x, y) == blob.id() ? 1 : 0;
    }
}
