package com.digitrecognizer.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Chooses a page's digits among its candidates ({@link NumberReader}) classifying only those that
 * can still be on the best path, branch and bound: the best path is found with every candidate not
 * yet classified counted as a sure digit — none can score more — and its candidates not yet
 * classified are, until the best path has none left; then no other path can score more, and it is
 * the one the network would choose with every candidate classified. A touching 6-digit number's
 * thirty-odd candidates: about half classified (bench/RESULTS.md, round 62).
 * <p>
 * A helper ({@link SplitInference}) may search beside the caller: each takes about half of the
 * best path's candidates that nobody classifies yet, and the helper, when the caller has them
 * all, the best path's without the caller's — where the search goes if those are no digits.
 */
final class CandidateSearch {

    private static final int OPEN = 0;
    private static final int TAKEN = 1;
    private static final int CLASSIFIED = 2;
    /** How long a caller whose candidates are all the helper's waits before it looks again. */
    private static final long POLL_NANOS = 20_000;
    /**
     * The most candidates a thread takes at once when a helper may come: a long number's first path
     * (twenty digits apart) in one inference would leave the helper, busy with the line until then,
     * nothing to take; four are nearly as cheap an image as more (SplitInference's parts).
     */
    private static final int MOST_AT_ONCE_SHARED = 4;

    /**
     * The digits chosen.
     *
     * @param chosen        the chosen candidates, left to right
     * @param probabilities the {@code count x 11} probabilities of the candidates, those of the candidates never
     *                      classified zero
     * @param classified    how many candidates were classified when the path was found
     * @param inferences    in how many inferences
     */
    record Choice(List<Integer> chosen, float[] probabilities, int classified, int inferences) {
    }

    private final Segmenter.Candidates candidates;
    private final DigitNetwork network;
    private final int mostAtOnce;
    private final float[] probabilities;
    private final AtomicIntegerArray states;
    private final AtomicInteger inferences = new AtomicInteger();
    private volatile boolean over;
    private volatile boolean helping;
    private volatile Throwable helpersFailure;

    /** A search of {@code candidates} with {@code network}; {@code shared} when a helper may search beside the caller. */
    CandidateSearch(Segmenter.Candidates candidates, DigitNetwork network, boolean shared) {
        this.candidates = candidates;
        this.network = network;
        this.mostAtOnce = shared ? MOST_AT_ONCE_SHARED : Integer.MAX_VALUE;
        this.probabilities = new float[candidates.list().size() * ModelContract.CLASSES];
        this.states = new AtomicIntegerArray(candidates.list().size());
    }

    /** The digits of {@code candidates}, those needed normalised and classified by {@code network} on this thread. */
    static Choice of(Segmenter.Candidates candidates, DigitNetwork network) {
        CandidateSearch search = new CandidateSearch(candidates, network, false);
        try {
            return search.choose();
        } finally {
            search.finish();
        }
    }

    /** The caller's search: the digits, once the best path's candidates are all classified. */
    Choice choose() {
        try {
            while (true) {
                InferenceParts.rethrow(helpersFailure);
                boolean[] known = classifiedNow(); // one look: a candidate classified since is still a bound on this path
                List<Integer> best = NumberReader.choose(candidates, probabilities, known);
                List<Integer> open = best.stream().filter(c -> !known[c]).toList();
                if (open.isEmpty()) {
                    int classified = 0;
                    for (boolean k : known) {
                        classified += k ? 1 : 0;
                    }
                    return new Choice(best, probabilities.clone(), classified, inferences.get());
                }
                if (!classify(take(open, helping))) {
                    LockSupport.parkNanos(POLL_NANOS); // the helper classifies them
                }
            }
        } finally {
            over = true;
        }
    }

    /**
     * The helper's search beside the caller's, until the caller has its digits. A failure is the
     * caller's to throw: a candidate the helper took is never classified.
     */
    void help() {
        helping = true;
        try {
            while (!over) {
                boolean[] known = classifiedNow();
                List<Integer> open = NumberReader.choose(candidates, probabilities, known).stream()
                        .filter(c -> !known[c]).toList().reversed();
                if (open.isEmpty()) {
                    return;
                }
                if (!classify(take(open, true)) && !classify(take(beyondTaken(), true))) {
                    Thread.onSpinWait();
                }
            }
        } catch (RuntimeException | Error e) {
            helpersFailure = e;
        } finally {
            helping = false;
        }
    }

    /**
     * Ends the search: the helper stops after its inference under way, which this waits for (it
     * uses the model the caller holds).
     */
    void finish() {
        over = true;
        InferenceParts.awaitUninterruptibly(() -> !helping);
    }

    /** Whether each candidate is classified, as it is now. */
    private boolean[] classifiedNow() {
        boolean[] classifiedNow = new boolean[states.length()];
        for (int c = 0; c < classifiedNow.length; c++) {
            classifiedNow[c] = states.get(c) == CLASSIFIED;
        }
        return classifiedNow;
    }

    /**
     * The best path's candidates nobody classifies yet, if those taken (by the caller) are no
     * digits: where the search goes next if they are not.
     */
    private List<Integer> beyondTaken() {
        boolean[] known = new boolean[states.length()];
        boolean[] classifiedNow = new boolean[known.length];
        for (int c = 0; c < known.length; c++) {
            int state = states.get(c);
            known[c] = state != OPEN;
            classifiedNow[c] = state == CLASSIFIED;
        }
        float[] asIfNoDigits = probabilities.clone(); // after the look: the rows of those classified are written
        for (int c = 0; c < known.length; c++) {
            if (!classifiedNow[c]) {
                Arrays.fill(asIfNoDigits, c * ModelContract.CLASSES, (c + 1) * ModelContract.CLASSES, 0);
            }
        }
        return NumberReader.choose(candidates, asIfNoDigits, known).reversed();
    }

    /**
     * Takes candidates of {@code open} nobody has taken, in its order: half of them (rounded up)
     * when {@code shared} with another thread, else all; never more than {@link #mostAtOnce}.
     */
    private int[] take(List<Integer> open, boolean shared) {
        long free = open.stream().filter(c -> states.get(c) == OPEN).count();
        long most = Math.min(mostAtOnce, shared ? (free + 1) / 2 : free);
        List<Integer> taken = new ArrayList<>();
        for (int c : open) {
            if (taken.size() < most && states.compareAndSet(c, OPEN, TAKEN)) {
                taken.add(c);
            }
        }
        return taken.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Normalises and classifies {@code taken} in one inference; false when there is none. */
    private boolean classify(int[] taken) {
        if (taken.length == 0) {
            return false;
        }
        CandidateImages images = candidates.images();
        float[] batch = new float[taken.length * ModelContract.PIXELS];
        for (int t = 0; t < taken.length; t++) {
            images.normalise(taken[t], 1);
            System.arraycopy(images.values(), taken[t] * ModelContract.PIXELS, batch, t * ModelContract.PIXELS,
                    ModelContract.PIXELS);
        }
        float[] seen = network.classify(batch, taken.length);
        for (int t = 0; t < taken.length; t++) {
            System.arraycopy(seen, t * ModelContract.CLASSES, probabilities, taken[t] * ModelContract.CLASSES,
                    ModelContract.CLASSES);
            states.set(taken[t], CLASSIFIED); // after its probabilities: whoever sees it classified sees them
        }
        inferences.incrementAndGet();
        return true;
    }
}
