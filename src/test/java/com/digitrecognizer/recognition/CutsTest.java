package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.recognition.Blobs.Blob;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The cut paths' costs, every start at once, against one path's search after another. */
class CutsTest {

    private static final double LEAN = 0.15; // as Cuts

    /** Touching numbers' marks, at several bands and spacings: the same cost from every start, to the last bit. */
    @Test
    void everyStartAtOnceCostsWhatEachStartAloneCosts() {
        DrawnNumbers drawn = new DrawnNumbers(17);
        int marks = 0;
        for (int i = 0; i < 40; i++) {
            DrawnNumbers.Number number = drawn.next(2 + i % 5, true);
            Blobs blobs = Blobs.of(new InkRaster(number.width(), number.height(), number.coverage()).toInkMap(), 0.3f);
            for (Blob blob : blobs.all()) {
                if (blob.pixels() < 30) {
                    continue;
                }
                int band = 2 + i % 9;
                int spacing = 2 + i % 6;
                double strokeEntry = 0.3 * blob.height();
                double[] costs = Cuts.costs(new Cuts.Ink(blobs, blob, strokeEntry, band), blob, spacing, band);
                assertArrayEquals(oneStartAfterAnother(blobs, blob, spacing, band, strokeEntry), costs, 0.0);
                marks++;
            }
        }
        assertThat(marks).isGreaterThan(60);
    }

    /** A mark no wider than twice the spacing has no start. */
    @Test
    void aNarrowMarkHasNoStart() {
        float[] ink = new float[10 * 10];
        Arrays.fill(ink, 1);
        Blobs blobs = Blobs.of(new InkMap(10, 10, ink), 0.5f);
        Blob blob = blobs.all().getFirst();

        assertThat(Cuts.costs(new Cuts.Ink(blobs, blob, 3, 2), blob, 6, 2)).isEmpty();
        assertThat(Cuts.costs(new Cuts.Ink(blobs, blob, 3, 2), blob, 5, 2)).hasSize(1);
    }

    /**
     * For each start, its own table over the page's columns: a path goes down row by row, straight
     * or one column aside, never further than {@code band} from its start nor outside the mark's
     * box and the column on its right; each pixel costs its ink and its lean, entering a stroke
     * from a pixel without ink {@code strokeEntry}.
     */
    private static double[] oneStartAfterAnother(Blobs blobs, Blob blob, int spacing, int band, double strokeEntry) {
        int first = blob.left() + spacing;
        int last = blob.right() + 1 - spacing;
        double[] costs = new double[Math.max(0, last - first + 1)];
        for (int start = first; start <= last; start++) {
            int from = Math.max(blob.left(), start - band);
            int to = Math.min(blob.right() + 1, start + band);
            double[] above = new double[to - from + 3]; // column x at x - from + 1, unreachable ones at either end
            Arrays.fill(above, Double.POSITIVE_INFINITY);
            above[start - from + 1] = ink(blobs, blob, start, 0) ? 1 : 0;
            for (int y = 1; y < blob.height(); y++) {
                double[] row = new double[above.length];
                Arrays.fill(row, Double.POSITIVE_INFINITY);
                for (int x = from; x <= to; x++) {
                    int c = x - from + 1;
                    boolean here = ink(blobs, blob, x, y);
                    double straight = here && !ink(blobs, blob, x, y - 1) ? strokeEntry : 0;
                    double fromLeft = here && x > blob.left() && !ink(blobs, blob, x - 1, y - 1) ? strokeEntry : 0;
                    double fromRight = here && !ink(blobs, blob, x + 1, y - 1) ? strokeEntry : 0;
                    row[c] = Math.min(above[c] + straight, Math.min(above[c - 1] + fromLeft, above[c + 1] + fromRight))
                            + ((here ? 1 : 0) + LEAN * Math.abs(x - start));
                }
                above = row;
            }
            costs[start - first] = Arrays.stream(above).min().orElseThrow();
        }
        return costs;
    }

    private static boolean ink(Blobs blobs, Blob blob, int x, int y) {
        return x >= blob.left() && x <= blob.right() && blobs.at(x, blob.top() + y) == blob.id();
    }
}
