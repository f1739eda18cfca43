package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Segmenter.Candidate;
import com.digitrecognizer.recognition.Segmenter.Candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the digits among a page's candidates: the sequence of candidates that covers every
 * atom once (a stray mark may be left out, at a cost), from left to right, and that the network finds most probable — the product of each
 * one's likeliest digit, so that a cut through a digit or two digits taken for one (both of
 * which the network calls "not a digit") lose to the right cut. Neighbours that overlap much
 * are unlikely two digits: a second stroke of the same digit is.
 */
final class NumberReader {

    /** Overlap (of the narrower one's width) that neighbouring digits have without paying for it. */
    private static final double FREE_OVERLAP = 0.2;
    private static final double OVERLAP_COST = 3;
    /** Leaving a stray mark out of every digit costs about as much as a digit at 37 %. */
    private static final double STRAY_COST = 1;
    /** The least confidence of a digit cut out of a larger mark (measured: bench/RESULTS.md). */
    static final float CUT_MIN_CONFIDENCE = 0.99f;

    private NumberReader() {
    }

    /**
     * The chosen candidates, left to right, from the network's {@code probabilities} of every
     * candidate. Stray marks between, before or after them are left out.
     */
    static List<Integer> choose(Candidates candidates, float[] probabilities) {
        boolean[] classified = new boolean[candidates.list().size()];
        Arrays.fill(classified, true);
        return choose(candidates, probabilities, classified);
    }

    /**
     * The same, where only the candidates marked {@code classified} have their probabilities: every
     * other one counts as a sure digit, the most it can score — the best path then scores at least
     * as much as the one the network would choose among them all ({@link CandidateSearch}).
     */
    static List<Integer> choose(Candidates candidates, float[] probabilities, boolean[] classified) {
        List<Candidate> list = candidates.list();
        double[] best = new double[list.size()]; // log-probability of the best path ending with candidate c
        int[] previous = new int[list.size()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < list.size(); c++) {
            Candidate candidate = list.get(c);
            float sure = classified[c] ? bestDigit(probabilities, c) : 1;
            if ((candidates.isNarrowPiece(c) || candidate.onlyIfSure()) && sure < CUT_MIN_CONFIDENCE) {
                // a mark no wider than a digit is two digits only if both are sure: else it is one mark (a letter M);
                // a line wider than pieces of one digit is one only if sure: else its marks are (a 7, a scribble)
                best[c] = Double.NEGATIVE_INFINITY;
                previous[c] = -1;
                continue;
            }
            double own = Math.log(Math.max(1e-12, sure)) - candidate.cost();
            previous[c] = -1;
            best[c] = own - strays(candidates, 0, candidate.first());
            for (int p = 0; p < c; p++) { // candidates come ordered by first atom: those before c end no later
                if (list.get(p).end() <= candidate.first() && best[p] > Double.NEGATIVE_INFINITY) {
                    double path = best[p] + own - overlapCost(list.get(p).box(), candidate.box())
                            - strays(candidates, list.get(p).end(), candidate.first());
                    if (path > best[c]) {
                        best[c] = path;
                        previous[c] = p;
                    }
                }
            }
        }
        int last = -1;
        double lastScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < list.size(); c++) {
            double score = best[c] - strays(candidates, list.get(c).end(), candidates.atoms());
            if (score > lastScore) {
                last = c;
                lastScore = score;
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int c = last; c >= 0; c = previous[c]) {
            chosen.addFirst(c);
        }
        return chosen;
    }

    /**
     * Whether a stray atom whose shape costs {@code cost} as a digit is never chosen alone, however
     * sure the network is of it: on any path, leaving it out instead costs less — the stray's
     * cost, and at most the overlap its two neighbours then pay for.
     */
    static boolean losesToLeavingOut(double cost) {
        return cost > STRAY_COST + OVERLAP_COST * (1 - FREE_OVERLAP);
    }

    /** The cost of leaving atoms {@code from} to {@code to} (exclusive) out: infinite unless all are strays. */
    private static double strays(Candidates candidates, int from, int to) {
        for (int a = from; a < to; a++) {
            if (!candidates.stray()[a]) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return STRAY_COST * (to - from);
    }

    /** The probability of the likeliest digit of {@code candidate}. */
    static float bestDigit(float[] probabilities, int candidate) {
        int from = candidate * ModelContract.CLASSES;
        return probabilities[from + ModelContract.indexOfMax(probabilities, from, ModelContract.DIGITS)];
    }

    private static double overlapCost(Box left, Box right) {
        return OVERLAP_COST * Math.max(0, ShapeCosts.overlap(left, right) - FREE_OVERLAP);
    }
}
