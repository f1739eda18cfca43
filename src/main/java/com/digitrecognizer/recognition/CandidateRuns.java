package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Atoms.Atom;

import java.util.ArrayList;
import java.util.List;

/**
 * Which runs of neighbouring atoms may be one digit, each worth an inference: up to
 * {@value Segmenter#MOST_ATOMS_PER_DIGIT} atoms no wider together than a digit, with no wide gap
 * between them, and not the middle piece of a narrow mark alone; every whole mark, however many
 * pieces it was cut into, so that a wide digit cut needlessly can still be read whole; and the
 * whole line when it is no wider than one digit may be (as a whole mark may), however many marks
 * it is made of or how far apart (a faint digit broken into specks and pieces, a 5 with a long
 * flag): a single digit is the one-digit case of the same path, and the network says whether it
 * is one.
 */
final class CandidateRuns {

    /** Marks further apart than this share of a digit's height are never one digit. */
    private static final double GAP = 0.1;
    /** A mark wider than this share of its height is taken for several digits, cut more finely. */
    static final double WIDEST_DIGIT = 1.6;
    /**
     * Nor wider than this when put together from several marks or from pieces of a mark too
     * wide for one digit: a wide 0 or 2 is one whole mark, and candidates spanning two touching
     * digits cost an inference each.
     */
    static final double WIDEST_PIECED_DIGIT = 1.2;
    /**
     * A piece this flat and short beside the line's digits is a bar (a 5's flag, a 7's or a 4's
     * bar drawn apart): with it a digit may be as wide as {@link #WIDEST_DIGIT}, the bar reaching
     * out over or beside the rest.
     */
    private static final double BAR_FLATNESS = 0.4;
    private static final double BAR_HEIGHT = 0.35;
    /**
     * Yet a whole mark up to this wide may be one flat digit (a 0 drawn wide: measured), and so
     * may a whole line (a faint 5 broken into pieces, its flag long: bench/RESULTS.md, round 12).
     */
    private static final double WIDEST_WHOLE_MARK = 2.2;

    /**
     * Atoms {@code first} to {@code end} (exclusive); one digit {@code onlyIfSure} the network is
     * sure of it (a whole line wider than pieces of one digit are).
     */
    record Run(int first, int end, boolean onlyIfSure) {
    }

    private CandidateRuns() {
    }

    /** The runs, ordered by first atom. */
    static List<Run> of(List<Atom> atoms, Blobs blobs, int digitHeight) {
        List<Run> runs = new ArrayList<>();
        for (int first = 0; first < atoms.size(); first++) {
            int reached = first;
            for (int end = first + 1; end <= Math.min(atoms.size(), first + Segmenter.MOST_ATOMS_PER_DIGIT); end++) {
                List<Atom> run = atoms.subList(first, end);
                Box box = Atoms.union(run);
                // a digit taller than the line's tallest mark is one pieced from marks one above the other
                int height = Math.max(digitHeight, box.height());
                double widest = isOneDigitWideMark(blobs, run, height) || hasBar(run, digitHeight)
                        ? WIDEST_DIGIT : WIDEST_PIECED_DIGIT;
                if (end > first + 1 && (box.width() > widest * height
                        || Atoms.gap(atoms.get(end - 2), atoms.get(end - 1)) > GAP * digitHeight)) {
                    break;
                }
                if (!isNarrowMiddle(atoms, blobs, first, end, digitHeight)) {
                    runs.add(new Run(first, end, false));
                }
                reached = end;
            }
            if (first == 0 && reached < atoms.size() && isOneDigitWide(atoms, digitHeight, WIDEST_WHOLE_MARK)) {
                // the one-digit case, however many pieces it is in; wider than pieces of a digit are
                // (a 7 and a scribble beside it), only if the network is sure
                runs.add(new Run(0, atoms.size(), !isOneDigitWide(atoms, digitHeight, WIDEST_PIECED_DIGIT)));
            }
            int markEnd = endOfMark(atoms, first);
            if (startsMark(atoms, first) && markEnd > reached) {
                Box mark = Atoms.union(atoms.subList(first, markEnd));
                if (mark.width() <= WIDEST_WHOLE_MARK * Math.max(digitHeight, mark.height())) {
                    runs.add(new Run(first, markEnd, false));
                }
            }
        }
        return runs;
    }

    private static boolean isOneDigitWide(List<Atom> atoms, int digitHeight, double widest) {
        Box page = Atoms.union(atoms);
        return page.width() <= widest * Math.max(digitHeight, page.height());
    }

    private static boolean isOneDigitWideMark(Blobs blobs, List<Atom> run, int height) {
        int blob = run.getFirst().blob();
        return run.stream().allMatch(a -> a.blob() == blob) && blobs.blob(blob).width() <= WIDEST_DIGIT * height;
    }

    private static boolean hasBar(List<Atom> run, int digitHeight) {
        return run.size() > 1 && run.stream().map(Atom::box).anyMatch(box ->
                box.height() <= BAR_FLATNESS * box.width() && box.height() <= BAR_HEIGHT * digitHeight);
    }

    /**
     * A piece cut out of the middle of a mark no wider than a digit: such a mark holds two digits,
     * not three (an N's diagonal between its legs).
     */
    private static boolean isNarrowMiddle(List<Atom> atoms, Blobs blobs, int first, int end, int digitHeight) {
        return !startsMark(atoms, first) && end < atoms.size() && !startsMark(atoms, end)
                && Atoms.isNoWiderThanADigit(blobs.blob(atoms.get(first).blob()), digitHeight);
    }

    private static boolean startsMark(List<Atom> atoms, int first) {
        return first == 0 || atoms.get(first - 1).blob() != atoms.get(first).blob();
    }

    private static int endOfMark(List<Atom> atoms, int first) {
        int end = first;
        while (end < atoms.size() && atoms.get(end).blob() == atoms.get(first).blob()) {
            end++;
        }
        return end;
    }
}
