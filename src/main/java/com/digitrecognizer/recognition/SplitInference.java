package com.digitrecognizer.recognition;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;

/**
 * Shares one caller's inferences with a helper thread, so that a read alone on the server uses
 * both cores: with one intra-op thread per inference, which single images need, one large
 * inference would use one core of two (bench/RESULTS.md, round 9). A batch of images is cut into
 * parts of about {@value #PART} that both threads take in turn until none is left
 * ({@link Job#classify}); a number's search for its digits is searched by both ({@link Job#search});
 * a job hands the helper each of these as it comes (a search, then a second look's views).
 * When the other core is busy (the helper with another caller's work, or the machine with other
 * work) the caller does more itself: never much slower than alone. The helper is woken when a
 * {@link Job} begins, before its work exists: waking a core takes a good part of a millisecond,
 * which the caller's own work until then (a read's segmentation) hides. Work that needs nothing
 * of the caller's (a page's line read) it can do in the meantime ({@link #begin(boolean, Runnable)}).
 */
final class SplitInference implements AutoCloseable {

    /** Fewer images than this are classified in one inference: a hand-over costs more than it saves. */
    static final int SPLIT_FROM = 8;
    /**
     * About this many images a part: nearly as cheap an image as in larger inferences (ClassifierBenchmark),
     * and small enough that the helper, which may be busy elsewhere, still takes its share (bench/RESULTS.md,
     * round 44: a touching number sooner than with parts of eight in 9 same-run pairs of 11).
     */
    private static final int PART = 4;

    /** How long the helper stays awake for a caller's work: longer than a 20-digit page takes to segment. */
    private static final long MOST_AWAKE_NANOS = 3_000_000;
    /** The last of a job's shares: the caller has closed it. */
    private static final Runnable NO_MORE = () -> {
    };

    private final ExecutorService helper = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("inference-helper").daemon().factory());

    /**
     * One caller's work, shared as it comes (a search, then the images of a second look); with
     * {@code helped}, the helper is woken now and waits for it. Close it whether or not it was given work.
     */
    Job begin(boolean helped) {
        return begin(helped, null);
    }

    /**
     * The same, with {@code beside} (a line read; or null) to be done beside the work to come: by
     * the helper from now on, if it is awake for it; else by the caller, when it asks for it done
     * ({@link Job#awaitBeside}). Given before the helper wakes, so that it finds it there.
     */
    Job begin(boolean helped, Runnable beside) {
        return new Job(helped, beside == null ? null : new BesideWork(beside));
    }

    /** One caller's work, done by the caller and, if helped, the helper. */
    final class Job implements AutoCloseable {

        /** The helper's shares of the caller's work, in turn, {@link #NO_MORE} last. */
        private final BlockingQueue<Runnable> shares = new LinkedBlockingQueue<>();
        private final boolean helped;
        private final BesideWork beside; // null: none
        private CandidateSearch search; // the caller's, once it searches

        private Job(boolean helped, BesideWork beside) {
            this.helped = helped;
            this.beside = beside;
            if (helped) {
                try {
                    helper.execute(this::help);
                } catch (RejectedExecutionException closing) {
                    // the app is stopping: the caller does all of it
                }
            }
        }

        /**
         * Takes the caller's shares as they come until the caller closes the job, awake for a
         * while after each (a parked thread takes long to wake), yielding its core to any other
         * thread that needs it (another request's); work given to do beside them it starts at once.
         */
        private void help() {
            long until = System.nanoTime() + MOST_AWAKE_NANOS;
            while (true) {
                if (beside != null && beside.claim(BesideWork.HELPER)) {
                    beside.run();
                    until = System.nanoTime() + MOST_AWAKE_NANOS;
                    continue;
                }
                Runnable share = System.nanoTime() < until ? shares.poll() : nextShare();
                if (share == NO_MORE) {
                    return;
                }
                if (share == null) {
                    Thread.yield();
                } else {
                    share.run();
                    until = System.nanoTime() + MOST_AWAKE_NANOS;
                }
            }
        }

        /** The next share, asleep until it comes; none once the app stops (which interrupts the helper). */
        private Runnable nextShare() {
            try {
                return shares.take();
            } catch (InterruptedException stopping) {
                return NO_MORE;
            }
        }

        /** The {@code count x 11} probabilities of {@code count} images, as {@code network} gives them. */
        float[] classify(DigitNetwork network, float[] images, int count) {
            int partCount = helped && count >= SPLIT_FROM ? Math.max(2, count / PART) : 1;
            InferenceParts parts = new InferenceParts(network, images, count, partCount);
            if (partCount > 1) { // a single part is the caller's: it need not wait for the helper
                shares.add(parts::take);
            }
            parts.take();
            return parts.awaitAll();
        }

        /** The digits among {@code candidates} ({@link CandidateSearch}), the helper searching beside the caller. */
        CandidateSearch.Choice search(Segmenter.Candidates candidates, DigitNetwork network) {
            search = new CandidateSearch(candidates, network, helped);
            if (helped) {
                shares.add(search::help);
            }
            return search.choose();
        }

        /** Does the work beside (if any), unless the helper took it, and waits until it is done; then throws what it threw. */
        void awaitBeside() {
            if (beside == null) {
                return;
            }
            if (beside.claim(BesideWork.CALLER)) {
                beside.run();
            }
            beside.awaitDone();
        }

        /**
         * Lets the helper go if it waits for work that will not come, and waits for what it does
         * beside it or in a search, if it took it: that uses the model the caller holds.
         */
        @Override
        public void close() {
            shares.add(NO_MORE);
            if (search != null) {
                search.finish();
            }
            if (beside != null && !beside.claim(BesideWork.NOBODY) && beside.isHelpers()) {
                beside.finish();
            }
        }
    }

    @Override
    public void close() {
        helper.shutdownNow();
    }
}
