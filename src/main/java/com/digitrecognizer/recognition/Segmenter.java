package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Blobs.Blob;
import com.digitrecognizer.recognition.RecognitionException.Reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Over-segments a line of handwriting: the page's separate marks (specks and an underline left
 * out), each one wider than a digit cut at the thinnest columns, are the atoms; every run of up
 * to {@value #MOST_ATOMS_PER_DIGIT} neighbouring atoms that could be one digit is a candidate,
 * normalised as MNIST for the network. Which candidates are the digits the network decides
 * ({@link NumberReader}): a candidate it finds no digit in is a bad cut.
 */
final class Segmenter {

    static final int MOST_ATOMS_PER_DIGIT = 4;
    /** Lines are shrunk to about this many pixels high first: plenty for a 20-pixel digit, cheap to search. */
    private static final int WORKING_HEIGHT = 48;
    private static final float INK = 0.35f;
    /** The least ink the darkest pixel of a line shrunk to its working height has, if it was written with a pen. */
    private static final float STROKE = 0.3f;
    /** A mark that fills more of its box than a disc does its square is no pen's stroke. */
    private static final double FILLED = 0.85;
    /** Marks smaller than this share of the tallest are specks, not strokes. */
    private static final double SPECK = 0.12;
    /** A mark this much wider than a digit is high is cut into candidates. */
    private static final double WIDE = 1.0;
    /** A cut strays at most this share of a digit's height aside. */
    private static final double BAND = 0.2;
    /** No cut closer than this share of a digit's height to another or to an edge. */
    private static final double CUT_SPACING = 0.2;
    /** Marks further apart than this share of a digit's height are never one digit. */
    private static final double GAP = 0.1;
    /** Marks that overlap this much from left to right can be one digit at no cost. */
    private static final double JOINED_OVERLAP = 0.3;
    private static final double SIDE_BY_SIDE_COST = 1;
    /** No digit is wider than this share of its height. */
    private static final double WIDEST_DIGIT = 1.6;

    /**
     * Pixels of one blob between two cuts: in its row {@code top + i}, the columns from
     * {@code from[i]} (inclusive) to {@code to[i]} (exclusive).
     */
    private record Atom(int blob, int top, int[] from, int[] to, Box box) {

        boolean holds(Blobs blobs, int x, int y) {
            return blobs.at(x, y) == blob && x >= from[y - top] && x < to[y - top];
        }
    }

    /**
     * Atoms {@code first} to {@code end} (exclusive) as one candidate digit; its box in page
     * pixels; and how unlikely its shape makes it one digit (a log-probability cost, 0 for a
     * single mark or the pieces of one), whatever the network sees in it.
     */
    record Candidate(int first, int end, Box box, double cost) {
    }

    /**
     * The candidates of a page, what the network sees of each (784 floats apiece, in order), and
     * which atoms begin where a mark was cut (a cut is taken only when the network prefers it).
     */
    record Candidates(List<Candidate> list, float[] networkInputs, boolean[] cutBefore) {

        int atoms() {
            return cutBefore.length;
        }

        /** Whether the candidate was cut out of a larger mark, on either side. */
        boolean isCut(int candidate) {
            Candidate c = list.get(candidate);
            return cutBefore[c.first()] || c.end() < cutBefore.length && cutBefore[c.end()];
        }
    }

    private Segmenter() {
    }

    /**
     * Refuses a page with no ink (blank) or with more separate marks than {@code maxDigits} digits
     * could make, before anything costly.
     */
    static Candidates candidates(InkMap page, int maxDigits) {
        int scale = Math.max(1, page.inkHeight() / WORKING_HEIGHT);
        InkMap working = scale == 1 ? page : page.shrunk(scale);
        float strongest = 0;
        for (float v : working.ink()) {
            strongest = v > strongest ? v : strongest;
        }
        if (strongest <= 0.02f) {
            throw new RecognitionException(Reason.BLANK_DRAWING, "There is no digit on the page: it is blank.");
        }
        if (strongest < STROKE) { // a pen's stroke stays dark when shrunk; scattered dots fade to grey
            throw new RecognitionException(Reason.BLANK_DRAWING,
                    "There is no handwriting on the page: its ink is too faint or too scattered to be strokes.");
        }
        Blobs blobs = Blobs.of(working, INK * strongest);
        int lineHeight = working.inkHeight();
        if (blobs.all().stream().anyMatch(blob -> isFilledIn(blob, lineHeight))) {
            throw new RecognitionException(Reason.BLANK_DRAWING,
                    "There is no handwriting on the page: it is filled in rather than written with strokes.");
        }
        List<Blob> marks = strokes(blobs.all());
        int digitHeight = marks.stream().filter(b -> !isFlat(b)).mapToInt(Blob::height).max()
                .orElse(marks.stream().mapToInt(Blob::height).max().orElse(1));
        if (marks.size() > maxDigits * MOST_ATOMS_PER_DIGIT) {
            throw tooMany(maxDigits);
        }
        List<Atom> atoms = atoms(blobs, marks, digitHeight, maxDigits);
        List<Candidate> list = new ArrayList<>();
        List<float[]> inputs = new ArrayList<>();
        for (int first = 0; first < atoms.size(); first++) {
            for (int end = first + 1; end <= Math.min(atoms.size(), first + MOST_ATOMS_PER_DIGIT); end++) {
                Box box = union(atoms.subList(first, end));
                if (end > first + 1 && (box.width() > WIDEST_DIGIT * digitHeight
                        || gap(atoms.get(end - 2), atoms.get(end - 1)) > GAP * digitHeight)) {
                    break;
                }
                inputs.add(Preprocessor.normalize(cutOut(working, blobs, atoms.subList(first, end), box)));
                list.add(new Candidate(first, end, box.scaled(scale), joinCost(atoms.subList(first, end), digitHeight)));
            }
        }
        float[] networkInputs = new float[inputs.size() * ModelContract.PIXELS];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, networkInputs, i * ModelContract.PIXELS, ModelContract.PIXELS);
        }
        boolean[] cutBefore = new boolean[atoms.size()];
        for (int i = 1; i < cutBefore.length; i++) {
            cutBefore[i] = atoms.get(i).blob() == atoms.get(i - 1).blob();
        }
        return new Candidates(list, networkInputs, cutBefore);
    }

    /**
     * A solid patch as high as the line and about as wide (noise, a photo, a scribbled-over
     * area): a pen's strokes leave gaps in their box — a round shape at least a fifth of it — and
     * a bar is long one way only. A dot is no patch.
     */
    private static boolean isFilledIn(Blob blob, int lineHeight) {
        double aspect = (double) blob.width() / blob.height();
        return blob.pixels() > FILLED * blob.width() * blob.height() && aspect > 0.6 && aspect < 2
                && blob.height() >= lineHeight / 2;
    }

    static RecognitionException tooMany(int maxDigits) {
        return new RecognitionException(Reason.TOO_MANY_DIGITS,
                "There are more marks on the page than " + maxDigits + " digits would make: write at most "
                        + maxDigits + " digits on one line.");
    }

    /** The marks that are strokes of digits: without specks, and without a long flat stroke under (or over) them. */
    private static List<Blob> strokes(List<Blob> blobs) {
        int tallest = blobs.stream().mapToInt(b -> Math.max(b.width(), b.height())).max().orElse(0);
        List<Blob> marks = blobs.stream().filter(b -> Math.max(b.width(), b.height()) >= SPECK * tallest).toList();
        int digitHeight = marks.stream().filter(b -> !isFlat(b)).mapToInt(Blob::height).max().orElse(0);
        return marks.stream().filter(b -> !isUnderline(b, marks, digitHeight)).toList();
    }

    private static boolean isFlat(Blob blob) {
        return blob.height() < 0.25 * blob.width();
    }

    /** Flat, wider than a digit, with two or more other marks over its length. */
    private static boolean isUnderline(Blob blob, List<Blob> marks, int digitHeight) {
        if (!isFlat(blob) || blob.width() < 1.5 * digitHeight) {
            return false;
        }
        long spanned = marks.stream().filter(other -> other != blob && !isFlat(other))
                .filter(other -> other.centreX() >= blob.left() && other.centreX() <= blob.right() + 1).count();
        return spanned >= 2;
    }

    /** Every mark, a wide one cut where it is thinnest, from left to right. */
    private static List<Atom> atoms(Blobs blobs, List<Blob> marks, int digitHeight, int maxDigits) {
        List<Atom> atoms = new ArrayList<>();
        int spacing = (int) Math.max(2, CUT_SPACING * digitHeight);
        for (Blob blob : marks.stream().sorted(Comparator.comparingDouble(Blob::centreX)).toList()) {
            if (blob.width() / spacing > maxDigits * MOST_ATOMS_PER_DIGIT) {
                throw tooMany(maxDigits);
            }
            int[] from = new int[blob.height()];
            Arrays.fill(from, blob.left());
            if (blob.width() > WIDE * digitHeight) {
                for (int[] cut : Cuts.of(blobs, blob, spacing, (int) (BAND * digitHeight))) {
                    atom(blobs, blob, from, cut).ifPresent(atoms::add);
                    from = cut;
                }
            }
            int[] to = new int[blob.height()];
            Arrays.fill(to, blob.right() + 1);
            atom(blobs, blob, from, to).ifPresent(atoms::add);
            if (atoms.size() > maxDigits * MOST_ATOMS_PER_DIGIT) {
                throw tooMany(maxDigits);
            }
        }
        return atoms;
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

    /**
     * Marks side by side, apart or barely overlapping, are more likely two digits than one: a
     * "1" beside a "4" reads as a "4" as surely as the two do apart. Marks one above the other (a
     * 4 or a 5 in two strokes, a 7's bar) and the pieces of one cut mark cost nothing.
     */
    private static double joinCost(List<Atom> atoms, int digitHeight) {
        double cost = 0;
        for (int i = 1; i < atoms.size(); i++) {
            Atom left = atoms.get(i - 1);
            Atom right = atoms.get(i);
            if (left.blob() != right.blob() && overlap(left.box(), right.box()) < JOINED_OVERLAP) {
                cost += SIDE_BY_SIDE_COST * (1 + Math.max(0, gap(left, right)) / (double) digitHeight);
            }
        }
        return cost;
    }

    /** How much two boxes overlap from left to right, as a share of the narrower one's width. */
    static double overlap(Box a, Box b) {
        int shared = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        return (double) shared / Math.min(a.width(), b.width());
    }

    private static int gap(Atom left, Atom right) {
        return right.box().x() - (left.box().x() + left.box().width());
    }

    private static Box union(List<Atom> atoms) {
        Box box = atoms.getFirst().box();
        for (Atom atom : atoms) {
            box = box.union(atom.box());
        }
        return box;
    }

    /** Only the atoms' own ink, in their box: a neighbour reaching into the box is left out. */
    private static InkMap cutOut(InkMap page, Blobs blobs, List<Atom> atoms, Box box) {
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
}
