package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Atoms.Atom;

import java.util.List;

/**
 * How unlikely a candidate's shape makes it one digit, whatever the network sees in it, as a
 * log-probability cost; and which atoms may be no digit at all. The network judges a piece
 * normalised to 20 pixels, blind to its size: a sliver of a stroke or a speck, blown up, reads
 * as a confident "1". Its size beside the line's digits says it is none.
 */
final class ShapeCosts {

    /** Marks that overlap this much from left to right can be one digit at no cost. */
    private static final double JOINED_OVERLAP = 0.3;
    /**
     * What marks side by side cost as one digit (plus their gap): about a digit at 60 %. Since a
     * slanted 1 is no longer penalised, 0.5 rather than 1 keeps more digits broken into marks whole
     * and accepts fewer non-digits, numbers read as well (bench/RESULTS.md, round 11).
     */
    private static final double SIDE_BY_SIDE_COST = 0.5;
    /** Digits of a line are seldom shorter than this share of its tallest; shorter ones pay, up to {@link #SHORT_COST}. */
    private static final double SHORT = 0.6;
    private static final double SHORT_COST = 10;
    /**
     * An atom shorter and narrower than this share of the line's digits may be a stray mark, part
     * of no digit; a longer one (a dash, a wave) is something written, which a "?" must show.
     */
    private static final double STRAY = 0.5;

    private ShapeCosts() {
    }

    /** The cost of atoms {@code atoms}, whose box is {@code box}, being one digit of a line of {@code digitHeight}. */
    static double of(List<Atom> atoms, Box box, int digitHeight) {
        return joinCost(atoms, digitHeight) + SHORT_COST * Math.max(0, SHORT - (double) box.height() / digitHeight) / SHORT;
    }

    static boolean isStray(Atom atom, int digitHeight) {
        return atom.box().height() < STRAY * digitHeight && atom.box().width() < STRAY * digitHeight;
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
                cost += SIDE_BY_SIDE_COST * (1 + Math.max(0, Atoms.gap(left, right)) / (double) digitHeight);
            }
        }
        return cost;
    }

    /** How much two boxes overlap from left to right, as a share of the narrower one's width. */
    static double overlap(Box a, Box b) {
        int shared = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        return (double) shared / Math.min(a.width(), b.width());
    }
}
