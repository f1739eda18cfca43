package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Blobs.Blob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pieces a line is over-segmented into: each mark, a wide one cut where it is thinnest, from
 * left to right. A digit is one or a few neighbouring atoms; a cut piece never holds its
 * neighbour's ink.
 */
final class Atoms {

    /** A mark this much wider than a digit is high is cut into candidates. */
    private static final double WIDE = 1.0;
    /**
     * A narrower mark this wide (a 1 touching its neighbour, two narrow digits) is cut only where
     * two digits meet, not through a single wide digit or a letter: where a cut enters one stroke
     * and crosses no more than {@link #TOUCH} of the mark's pen widths of ink — relative to the pen,
     * so that thick strokes touching are cut as thin ones are — none of it in a row of ink longer
     * than {@link #JUNCTION} pen widths across (two strokes side by side where they meet, not the
     * middle of an H's bar or a U's bottom). Round 7's bar, a twentieth of the digit's height of
     * ink, missed most touching pairs written with a broad pen (bench/RESULTS.md, round 12).
     */
    private static final double NARROW = 0.7;
    private static final double TOUCH = 1.5;
    private static final double JUNCTION = 4;
    /**
     * The cheapest cuts of such a mark: it holds two digits, or three narrow ones; more cuts only
     * break one digit into more pieces than a candidate may join (bench/RESULTS.md, round 12).
     */
    private static final int NARROW_CUTS = 2;
    /** A cut strays at most this share of a digit's height aside. */
    private static final double BAND = 0.2;
    /** No cut closer than this share of a digit's height to another or to an edge. */
    private static final double CUT_SPACING = 0.15;
    /**
     * A cut entering a stroke costs as much as crossing this share of a digit's height of ink: so
     * it slips through the one place two digits touch rather than across a 0's top and bottom.
     */
    private static final double STROKE_ENTRY = 0.3;
    /**
     * The same in a mark wider than any digit: it holds two or more, and their cuts may lie
     * closer, where a single wide digit would only be cut into more fragments.
     */
    private static final double SEVERAL_DIGITS_CUT_SPACING = 0.12;

    /**
     * Pixels of one blob between two cuts: in its row {@code top + i}, the columns from
     * {@code from[i]} (inclusive) to {@code to[i]} (exclusive).
     */
    record Atom(int blob, int top, int[] from, int[] to, Box box) {

        boolean holds(Blobs blobs, int x, int y) {
            return blobs.at(x, y) == blob && x >= from[y - top] && x < to[y - top];
        }
    }

    private Atoms() {
    }

    /**
     * Every mark, from left to right: a wide one cut where it is thinnest, a narrower one where two
     * digits barely touch.
     */
    static List<Atom> of(Blobs blobs, List<Blob> marks, int digitHeight, int maxDigits) {
        List<Atom> atoms = new ArrayList<>();
        int spacing = (int) Math.max(2, CUT_SPACING * digitHeight);
        int severalDigitsSpacing = (int) Math.max(2, SEVERAL_DIGITS_CUT_SPACING * digitHeight);
        for (Blob blob : marks.stream().sorted(Comparator.comparingDouble(Blob::centreX)).toList()) {
            if (blob.width() / spacing > maxDigits * Segmenter.MOST_ATOMS_PER_DIGIT) {
                throw Segmenter.tooMany(maxDigits);
            }
            int[] from = new int[blob.height()];
            Arrays.fill(from, blob.left());
            if (blob.width() > NARROW * digitHeight) {
                int apart = blob.width() > CandidateRuns.WIDEST_DIGIT * digitHeight ? severalDigitsSpacing : spacing;
                boolean narrow = isNoWiderThanADigit(blob, digitHeight);
                double pen = narrow ? penWidth(blobs, blob) : 0;
                double mostCost = narrow ? STROKE_ENTRY * digitHeight + TOUCH * pen : Double.POSITIVE_INFINITY;
                for (int[] cut : Cuts.of(blobs, blob, apart, (int) (BAND * digitHeight), STROKE_ENTRY * digitHeight,
                        mostCost, narrow ? NARROW_CUTS : Integer.MAX_VALUE)) {
                    if (narrow && longestRowCrossed(blobs, blob, cut) > JUNCTION * pen) {
                        continue;
                    }
                    atom(blobs, blob, from, cut).ifPresent(atoms::add);
                    from = cut;
                }
            }
            int[] to = new int[blob.height()];
            Arrays.fill(to, blob.right() + 1);
            atom(blobs, blob, from, to).ifPresent(atoms::add);
            if (atoms.size() > maxDigits * Segmenter.MOST_ATOMS_PER_DIGIT) {
                throw Segmenter.tooMany(maxDigits);
            }
        }
        return atoms;
    }

    /** The longest row of the blob's ink that the cut passes through, in pixels. */
    private static int longestRowCrossed(Blobs blobs, Blob blob, int[] cut) {
        int longest = 0;
        for (int y = blob.top(); y <= blob.bottom(); y++) {
            int x = cut[y - blob.top()];
            if (x > blob.right() || blobs.at(x, y) != blob.id()) {
                continue;
            }
            int from = x;
            int to = x;
            while (from > blob.left() && blobs.at(from - 1, y) == blob.id()) {
                from--;
            }
            while (to < blob.right() && blobs.at(to + 1, y) == blob.id()) {
                to++;
            }
            longest = Math.max(longest, to - from + 1);
        }
        return longest;
    }

    /** The blob's pen width, about: its ink's mean row of pixels. */
    private static double penWidth(Blobs blobs, Blob blob) {
        int rows = 0;
        for (int y = blob.top(); y <= blob.bottom(); y++) {
            boolean inside = false;
            for (int x = blob.left(); x <= blob.right(); x++) {
                boolean ink = blobs.at(x, y) == blob.id();
                rows += ink && !inside ? 1 : 0;
                inside = ink;
            }
        }
        return (double) blob.pixels() / Math.max(1, rows);
    }

    /** The blob's pixels between two cuts (per row: from inclusive, to exclusive), if any. */
    private static Optional<Atom> atom(Blobs blobs, Blob blob, int[] from, int[] to) {
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = blob.top(); y <= blob.bottom(); y++) {
            for (int x = from[y - blob.top()]; x < to[y - blob.top()]; x++) {
                if (blobs.at(x, y) == blob.id()) {
                    top = Math.min(top, y);
                    bottom = y;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return bottom < 0 ? Optional.empty() : Optional.of(new Atom(blob.id(), blob.top(), from, to,
                new Box(left, top, right - left + 1, bottom - top + 1)));
    }

    static int gap(Atom left, Atom right) {
        return right.box().x() - (left.box().x() + left.box().width());
    }

    static Box union(List<Atom> atoms) {
        Box box = atoms.getFirst().box();
        for (Atom atom : atoms) {
            box = box.union(atom.box());
        }
        return box;
    }

    /** Only the atoms' own ink, in their box: a neighbour reaching into the box is left out. */
    static InkMap cutOut(InkMap page, Blobs blobs, List<Atom> atoms, Box box) {
        float[] ink = new float[box.width() * box.height()];
        for (Atom atom : atoms) {
            Box own = atom.box();
            for (int y = own.y(); y < own.y() + own.height(); y++) {
                for (int x = own.x(); x < own.x() + own.width(); x++) {
                    if (atom.holds(blobs, x, y)) {
                        ink[(y - box.y()) * box.width() + x - box.x()] = page.ink()[y * page.width() + x];
                    }
                }
            }
        }
        return new InkMap(box.width(), box.height(), ink);
    }

    /** Whether {@code mark} is no wider than a digit {@code digitHeight} high: two digits at most, cut only where they meet. */
    static boolean isNoWiderThanADigit(Blob mark, int digitHeight) {
        return mark.width() <= WIDE * digitHeight;
    }
}
