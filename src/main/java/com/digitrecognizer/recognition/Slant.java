package com.digitrecognizer.recognition;

import java.util.Arrays;

/**
 * A line of writing that leans far more (or less) than MNIST's writers lean, and its page sheared
 * to their usual lean before its marks are found and cut: where an italic hand's digits touch, a
 * digit's box reaches over its neighbour's and no upright cut runs between them — numbers leaning
 * 0.35 columns a row more, or less, than MNIST's read 12–17 points fewer of their touching numbers,
 * a third of that won back here (bench/RESULTS.md, rounds 67 and 68). Each candidate is still shown
 * to the networks leaning as it was written ({@link Segmenter.Marks#leaning}), since they learnt
 * digits, and handwriting fonts, as they lean.
 * The lean is that of the strokes themselves: in each row, the runs of ink no wider than about two
 * pens; where such a run meets exactly one such run in the row above, the stroke goes on, and the
 * step between their middles is its lean over one row — the mean over every such step, which neither
 * the digits' sizes nor their baseline move. Only a lean at least {@value #FAR_RIGHT} columns a row
 * more than {@value #USUAL}, or {@value #FAR_BACK} less, is taken off, on a line at least
 * {@value #LINE_ASPECT} times as wide as high.
 */
final class Slant {

    /** MNIST's numbers lean about this many columns a row up (≈ 11°): the middle of NumberAccuracy's pages' leans. */
    static final double USUAL = 0.2;
    /** A lean this much further right than the usual one is sheared back to it; nearer, the page is read as it is. */
    private static final double FAR_RIGHT = 0.4;
    /**
     * A lean this much less than the usual one (upright, or leaning back) is sheared to it: sooner than
     * to the right, where a lower bar shears the handwriting fonts the networks learnt slanted and reads
     * fewer of them; none leans back (bench/RESULTS.md, rounds 67 and 68).
     */
    private static final double FAR_BACK = 0.25;
    /**
     * Strokes leaning further than this (45° right, or 31° back) are no hand's writing but hatching or a
     * scribble, read as they are: so a sheared page is never more than 0.8 of its height wider.
     */
    private static final double MOST_LEAN = 1.0;
    private static final double MOST_BACK_LEAN = -0.6;
    /** A pixel is ink at this share of the page's darkest. */
    private static final float INK = 0.3f;
    /** A run of ink wider than this many pens is a bar or a stroke's bend, not a stroke going up. */
    private static final int PENS = 2;
    /** Fewer steps up a stroke than this many per row of ink tell no lean. */
    private static final double LEAST_STEPS_PER_ROW = 1;
    /**
     * Writing less wide than this many times its height is one digit, whose own lean is the network's
     * to read, or two, where one slanted 1 would make the lean of the line.
     */
    private static final double LINE_ASPECT = 2;

    /** Columns a row up that the page is sheared by: a positive shear moves the top rows left. */
    private final double shear;
    private final int width;
    private final int height;

    /** {@code page}'s writing to be sheared by {@code shear} columns a row up. */
    Slant(double shear, InkMap page) {
        this.shear = shear;
        this.width = page.width();
        this.height = page.height();
    }

    /**
     * How far the writing on {@code page} (any scale: the reader's working page is small) leans
     * beyond its usual lean, in columns a row up (leaning right positive): NaN when the page is no
     * line, its strokes too few to tell, its lean near the usual ({@link #FAR_RIGHT}, {@link #FAR_BACK})
     * or beyond what a hand writes.
     */
    static double of(InkMap page) {
        float threshold = INK * page.darkest();
        int[][] runs = new int[page.height()][]; // per row: each run's first and last column
        int[] lengths = new int[page.width() + 1]; // how many runs of each length
        int count = 0;
        int[] row = new int[page.width() + 1];
        int left = page.width();
        int right = -1;
        int top = -1;
        int bottom = -1;
        float[] ink = page.ink();
        for (int y = 0; y < page.height(); y++) {
            int n = 0;
            for (int x = 0, i = y * page.width(); x < page.width(); x++, i++) {
                if (ink[i] <= threshold) {
                    continue;
                }
                int from = x;
                while (x + 1 < page.width() && ink[i + 1] > threshold) {
                    x++;
                    i++;
                }
                row[n++] = from;
                row[n++] = x;
                lengths[x - from + 1]++;
                count++;
                left = Math.min(left, from);
                right = Math.max(right, x);
                top = top < 0 ? y : top;
                bottom = y;
            }
            runs[y] = Arrays.copyOf(row, n);
        }
        int inkHeight = bottom - top + 1;
        if (right < 0 || right - left + 1 < LINE_ASPECT * inkHeight) {
            return Double.NaN;
        }
        double lean = meanStep(runs, PENS * median(lengths, count), (int) Math.ceil(LEAST_STEPS_PER_ROW * inkHeight));
        double beyond = lean - USUAL;
        boolean far = beyond >= FAR_RIGHT || beyond <= -FAR_BACK;
        return far && lean <= MOST_LEAN && lean >= MOST_BACK_LEAN ? beyond : Double.NaN;
    }

    /** The median of {@code count} values counted in {@code counts} (how many of each value there are). */
    private static int median(int[] counts, int count) {
        int value = 0;
        int atOrBelow = counts[0];
        while (atOrBelow <= count / 2) { // until more than half of the values lie at or below it
            atOrBelow += counts[++value];
        }
        return value;
    }

    /**
     * The mean step, in columns, from each run of {@code runs} (per row, each run's first and last
     * column) narrower than {@code widest} to the one such run it meets in the row above; NaN when
     * there are fewer than {@code least} such steps.
     */
    private static double meanStep(int[][] runs, int widest, int least) {
        double steps = 0;
        int linked = 0;
        for (int y = 1; y < runs.length; y++) {
            int[] row = runs[y];
            int[] rowAbove = runs[y - 1];
            for (int r = 0; r < row.length; r += 2) {
                int above = onlyRunAbove(rowAbove, row[r], row[r + 1]);
                if (above >= 0 && row[r + 1] - row[r] < widest && rowAbove[above + 1] - rowAbove[above] < widest) {
                    steps += (rowAbove[above] + rowAbove[above + 1] - row[r] - row[r + 1]) / 2.0;
                    linked++;
                }
            }
        }
        return linked < least || linked == 0 ? Double.NaN : steps / linked;
    }

    /** The index in {@code above} of the one run that the run from {@code from} to {@code to} meets; -1 if none or several. */
    private static int onlyRunAbove(int[] above, int from, int to) {
        int only = -1;
        for (int r = 0; r < above.length; r += 2) {
            if (above[r + 1] >= from && above[r] <= to) {
                if (only >= 0) {
                    return -1;
                }
                only = r;
            }
        }
        return only;
    }

    /** The page sheared to MNIST's usual lean, on a page wide enough for all of it. */
    InkMap upright(InkMap page) {
        return sheared(page, shear);
    }

    /**
     * {@code page} sheared by {@code shear} columns a row up — each row moved left by that for every
     * row it lies above the bottom one — on a page wide enough for all of it.
     */
    static InkMap sheared(InkMap page, double shear) {
        int height = page.height();
        int shearedWidth = page.width() + (int) Math.ceil(Math.abs(shear) * (height - 1));
        float[] sheared = new float[shearedWidth * height];
        for (int y = 0, i = 0; y < height; y++) {
            double offset = offset(shear, height, y);
            for (int x = 0; x < shearedWidth; x++, i++) {
                sheared[i] = page.interpolated(x + offset, y);
            }
        }
        return new InkMap(shearedWidth, height, sheared);
    }

    /** A box on the sheared page as a box on the page as it came: the box around its corners sheared back. */
    Box onPage(Box box) {
        double topOffset = offset(shear, height, box.y());
        double bottomOffset = offset(shear, height, box.y() + box.height() - 1);
        int x = Math.max(0, (int) Math.floor(box.x() + Math.min(topOffset, bottomOffset)));
        int right = Math.min(width, (int) Math.ceil(box.x() + box.width() + Math.max(topOffset, bottomOffset)));
        return new Box(x, box.y(), right - x, box.height());
    }

    /**
     * Where row {@code y} of a page {@code height} rows high, sheared by {@code shear}, takes its
     * ink from: the column on the page as it came of the sheared page's column 0.
     */
    private static double offset(double shear, int height, int y) {
        return Math.min(0, -shear * (height - 1)) + shear * (height - 1 - y);
    }
}
