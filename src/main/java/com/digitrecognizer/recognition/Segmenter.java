package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Atoms.Atom;
import com.digitrecognizer.recognition.Blobs.Blob;
import com.digitrecognizer.recognition.RecognitionException.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Over-segments a line of handwriting: the page's separate marks (specks and an underline left
 * out), each one wider than a digit cut at the thinnest columns, are the atoms; every run of
 * neighbouring atoms that could be one digit ({@link CandidateRuns}) is a candidate,
 * normalised as MNIST for the network. Which candidates are the digits the network decides
 * ({@link NumberReader}): a candidate it finds no digit in is a bad cut.
 */
final class Segmenter {

    static final int MOST_ATOMS_PER_DIGIT = 5;
    /** Lines are shrunk to about this many pixels high first: plenty for a 20-pixel digit, cheap to search. */
    private static final int WORKING_HEIGHT = 48;
    private static final float INK = 0.35f;
    /**
     * The share of a page's darkest ink its darkest pixel keeps when the line is shrunk to its
     * working height, if it was written with a pen: a stroke stays dark, scattered dots fade.
     */
    private static final float STROKE = 0.3f;
    /** The least ink a pen leaves: a pencil on white paper about 30 grey levels below the paper (a JPEG's noise is a few). */
    private static final float FAINTEST = 0.12f;
    /** A lone line longer than this many times its thickness is drawn by no pen (a pen's line across the pad: 60). */
    private static final int THINNEST_LINE = 100;
    /** A mark that fills more of its box than a disc does its square is no pen's stroke. */
    private static final double FILLED = 0.85;
    /** Marks smaller than this share of the tallest are specks, not strokes. */
    private static final double SPECK = 0.12;

    /**
     * Atoms {@code first} to {@code end} (exclusive) as one candidate digit; its box in page
     * pixels; how unlikely its shape makes it one digit ({@link ShapeCosts}), whatever the
     * network sees in it; and whether it is one digit only if the network is sure.
     */
    record Candidate(int first, int end, Box box, double cost, boolean onlyIfSure) {
    }

    /**
     * The candidates of a page, what the network sees of each, which atoms begin where a mark was
     * cut (a cut is taken only when the network prefers it), and which atoms are short enough to be
     * stray marks that belong to no digit.
     */
    record Candidates(List<Candidate> list, CandidateImages images, boolean[] cutBefore, boolean[] stray,
                      boolean[] inNarrowMark) {

        int atoms() {
            return cutBefore.length;
        }

        /** Whether the candidate was cut out of a larger mark, on either side. */
        boolean isCut(int candidate) {
            Candidate c = list.get(candidate);
            return isCutOut(cutBefore, c.first(), c.end());
        }

        /** Whether atoms {@code first} to {@code end} (exclusive) were cut out of a larger mark, on either side. */
        static boolean isCutOut(boolean[] cutBefore, int first, int end) {
            return cutBefore[first] || end < cutBefore.length && cutBefore[end];
        }

        /** Whether the candidate was cut out of a mark no wider than a digit (two barely touching, or a letter). */
        boolean isNarrowPiece(int candidate) {
            return isCut(candidate) && inNarrowMark[list.get(candidate).first()];
        }
    }

    private Segmenter() {
    }

    /** The candidates of a page: {@link #marks} then {@link Marks#candidates}. */
    static Candidates candidates(InkMap page, int maxDigits) {
        return marks(page, maxDigits).candidates();
    }

    /**
     * The page's marks. Refuses a page with no ink (blank) or with more separate marks than
     * {@code maxDigits} digits could make, before anything costly.
     */
    static Marks marks(InkMap page, int maxDigits) {
        return marks(page, page.inkHeight(), maxDigits);
    }

    /** {@link #marks(InkMap, int)} of a page whose ink is {@code inkHeight} pixels high. */
    static Marks marks(InkMap page, int inkHeight, int maxDigits) {
        int scale = workingScale(inkHeight);
        InkMap working = scale == 1 ? page : page.shrunk(scale);
        float strongest = working.darkest();
        if (strongest <= 0.02f) {
            throw new RecognitionException(Reason.BLANK_DRAWING, "There is no digit on the page: it is blank.");
        }
        // relative to the page's darkest pixel: a light pencil's strokes are strokes too
        if (strongest < FAINTEST || strongest < STROKE * (scale == 1 ? strongest : page.darkest())) {
            throw new RecognitionException(Reason.BLANK_DRAWING,
                    "There is no handwriting on the page: its ink is too faint or too scattered to be strokes.");
        }
        int workingHeight = working.inkHeight();
        // a fine pen's page made bolder; the mark threshold below stays the averaged page's: the hairlines now clear it
        if (FinePen.isThin(working.strokeWidth(), workingHeight)) {
            working = FinePen.bolder(page, scale);
            workingHeight = working.inkHeight();
        }
        Blobs blobs = Blobs.of(working, INK * strongest);
        int lineHeight = workingHeight;
        if (blobs.all().stream().anyMatch(blob -> isFilledIn(blob, lineHeight))) {
            throw new RecognitionException(Reason.BLANK_DRAWING,
                    "There is no handwriting on the page: it is filled in rather than written with strokes.");
        }
        List<Blob> marks = strokes(blobs.all());
        int digitHeight = marks.stream().filter(b -> !isFlat(b)).mapToInt(Blob::height).max()
                .orElseGet(() -> flatOnly(marks));
        if (marks.size() > maxDigits * MOST_ATOMS_PER_DIGIT) {
            throw tooMany(maxDigits);
        }
        int lines = WritingLines.count(marks);
        if (lines > 1) {
            throw new RecognitionException(Reason.MORE_THAN_ONE_LINE, "The page has " + lines
                    + " lines of writing, one above another: write one number, on one line.");
        }
        return new Marks(working, scale, blobs, marks, digitHeight, maxDigits, 0);
    }

    /**
     * The digit height of a page of flat marks only (a dash, a "="): one as wide as a digit is
     * high, not a line of many digits as high as a dash to cut it into; but a strip of ink far
     * thinner for its length than a pen draws is no handwriting.
     */
    private static int flatOnly(List<Blob> marks) {
        Blob widest = marks.stream().max(Comparator.comparingInt(Blob::width)).orElseThrow();
        if (widest.width() > THINNEST_LINE * widest.height()) {
            throw new RecognitionException(Reason.BLANK_DRAWING,
                    "There is no handwriting on the page: its only mark is a line far thinner for its length"
                            + " than a pen draws.");
        }
        return widest.width();
    }

    /** How many times a page is shrunk each way to work on: to about {@link #WORKING_HEIGHT} pixels of ink high. */
    static int workingScale(int inkHeight) {
        return Math.max(1, inkHeight / WORKING_HEIGHT);
    }

    /**
     * A page's marks at its working scale, specks and underlines left out: what its candidates are
     * cut from; on a page sheared upright ({@link Slant}), the {@code lean} its candidates are
     * given back, so that the networks see each digit as it was written.
     */
    record Marks(InkMap working, int scale, Blobs blobs, List<Blob> strokes, int digitHeight, int maxDigits,
                 double lean) {

        /** The same marks, found on a page sheared upright by {@code lean} columns a row up. */
        Marks leaning(double lean) {
            return new Marks(working, scale, blobs, strokes, digitHeight, maxDigits, lean);
        }

        /** Whether the marks together are wider than one digit may be: a number, with many candidates to classify. */
        boolean widerThanADigit() {
            int width = strokes.stream().mapToInt(Blob::right).max().orElseThrow()
                    - strokes.stream().mapToInt(Blob::left).min().orElseThrow() + 1;
            int height = strokes.stream().mapToInt(Blob::bottom).max().orElseThrow()
                    - strokes.stream().mapToInt(Blob::top).min().orElseThrow() + 1;
            return width > CandidateRuns.WIDEST_PIECED_DIGIT * Math.max(digitHeight, height);
        }

        /** The working page with only the strokes' ink: specks and underlines wiped, as the candidates leave them out. */
        InkMap strokesOnly() {
            boolean[] isStroke = new boolean[blobs.all().size() + 1];
            strokes.forEach(stroke -> isStroke[stroke.id()] = true);
            float[] ink = working.ink().clone();
            for (int y = 0, i = 0; y < working.height(); y++) {
                for (int x = 0; x < working.width(); x++, i++) {
                    int blob = blobs.at(x, y);
                    ink[i] = blob == 0 || isStroke[blob] ? ink[i] : 0;
                }
            }
            return new InkMap(working.width(), working.height(), ink);
        }

        /**
         * The marks cut into atoms, and every run of atoms that could be one digit, but a stray
         * atom alone whose shape costs more than leaving it out ever can: no inference for it.
         */
        Candidates candidates() {
            List<Atom> atoms = Atoms.of(blobs, strokes, digitHeight, maxDigits);
            boolean[] cutBefore = new boolean[atoms.size()];
            for (int i = 1; i < cutBefore.length; i++) {
                cutBefore[i] = atoms.get(i).blob() == atoms.get(i - 1).blob();
            }
            boolean[] stray = new boolean[atoms.size()];
            for (int i = 0; i < stray.length; i++) {
                // a piece cut out of a lone mark is no stray: left out, a letter's stroke would pass for a digit (a tick's for a 1)
                boolean cutOutOfLoneMark = strokes.size() == 1 && Candidates.isCutOut(cutBefore, i, i + 1);
                stray[i] = ShapeCosts.isStray(atoms.get(i), digitHeight) && !cutOutOfLoneMark;
            }
            List<Candidate> list = new ArrayList<>();
            List<List<Atom>> runs = new ArrayList<>();
            List<Box> boxes = new ArrayList<>();
            for (CandidateRuns.Run candidate : CandidateRuns.of(atoms, blobs, digitHeight)) {
                List<Atom> run = atoms.subList(candidate.first(), candidate.end());
                Box box = Atoms.union(run);
                double cost = ShapeCosts.of(run, box, digitHeight);
                if (run.size() == 1 && stray[candidate.first()] && NumberReader.losesToLeavingOut(cost)) {
                    continue;
                }
                runs.add(run);
                boxes.add(box);
                list.add(new Candidate(candidate.first(), candidate.end(), box.scaled(scale), cost, candidate.onlyIfSure()));
            }
            boolean[] inNarrowMark = new boolean[atoms.size()];
            for (int i = 0; i < inNarrowMark.length; i++) {
                inNarrowMark[i] = Atoms.isNoWiderThanADigit(blobs.blob(atoms.get(i).blob()), digitHeight);
            }
            return new Candidates(list, new CandidateImages(working, blobs, runs, boxes, lean), cutBefore, stray, inNarrowMark);
        }
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
}
