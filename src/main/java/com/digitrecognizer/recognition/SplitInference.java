package com.digitrecognizer.recognition;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Prepares and classifies many images (a touching number's thirty-odd candidates) on two threads
 * at once, the caller's and a helper's: with one intra-op thread per inference, which single images
 * need, one large inference would use one core of two (bench/RESULTS.md, round 9). The images are
 * cut into parts of about {@value #PART} that both threads take in turn until none is left, so that
 * when the other core is busy (the helper with another caller's parts, or the machine with other
 * work) the caller takes more of them itself: never much slower than one inference after the other.
 * The helper is woken when a {@link Job} begins, before its images exist: waking a core takes a
 * good part of a millisecond, which the caller's own work until then (a read's segmentation) hides.
 * Work that needs no images (a page's line read) it can do in the meantime ({@link #begin(boolean, Runnable)}).
 */
final class SplitInference implements AutoCloseable {

    /** Fewer images than this are classified in one inference: a hand-over costs more than it saves. */
    static final int SPLIT_FROM = 8;
    /**
     * About this many images a part: nearly as cheap an image as in larger inferences (ClassifierBenchmark),
     * and small enough that the helper, which reads the line first, still takes its share (bench/RESULTS.md,
     * round 44: a touching number sooner than with parts of eight in 9 same-run pairs of 11).
     */
    private static final int PART = 4;

    /** How long the helper stays awake for a caller's images: longer than a 20-digit page takes to segment. */
    private static final long MOST_AWAKE_NANOS = 3_000_000;

    private final ExecutorService helper = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("inference-helper").daemon().factory());

    /** Makes the network inputs of images {@code first} to {@code first + count} (exclusive), in their place. */
    @FunctionalInterface
    interface Preparation {

        /** The images are ready as they are. */
        Preparation NONE = (first, count) -> {
        };

        void prepare(int first, int count);
    }

    /**
     * One caller's images, classified once; with {@code helped}, the helper is woken now and
     * waits for them. Close it whether or not it was given images.
     */
    Job begin(boolean helped) {
        return begin(helped, null);
    }

    /**
     * The same, with {@code beside} (a line read; or null) done beside the images to come: by the
     * helper from now on, while the caller makes the images, if it is awake for them; else by
     * whichever thread takes it as the first part of the images. Done, either way, when
     * {@link Job#classify} returns. Given before the helper wakes, so that it finds it there.
     */
    Job begin(boolean helped, Runnable beside) {
        return new Job(helped, beside == null ? null : new BesideWork(beside));
    }

    /** One caller's images, prepared and classified in parts by the caller and, if helped, the helper. */
    final class Job implements AutoCloseable {

        private final CompletableFuture<InferenceParts> work = new CompletableFuture<>();
        private final boolean helped;
        private final BesideWork beside; // null: none

        private Job(boolean helped, BesideWork beside) {
            this.helped = helped;
            this.beside = beside;
            if (helped) {
                try {
                    helper.execute(this::help);
                } catch (RejectedExecutionException closing) {
                    // the app is stopping: the caller takes every part
                }
            }
        }

        /**
         * Waits for the images awake for a while (a parked thread takes long to wake), yielding its
         * core to any other thread that needs it (another request's), then takes parts; work given
         * to do beside them it starts at once.
         */
        private void help() {
            long until = System.nanoTime() + MOST_AWAKE_NANOS;
            while (!work.isDone() && System.nanoTime() < until) {
                if (beside != null && beside.claim(BesideWork.HELPER)) {
                    beside.run();
                    until = System.nanoTime() + MOST_AWAKE_NANOS;
                } else {
                    Thread.yield();
                }
            }
            InferenceParts parts = work.join();
            if (parts != null) {
                parts.take();
            }
        }

        /** The {@code count x 11} probabilities of {@code count} images, as {@code model.classify} gives them. */
        float[] classify(DigitClassifier model, float[] images, int count, Preparation preparation) {
            boolean ownTask = beside != null && beside.claim(BesideWork.PARTS);
            int partCount = helped && count >= SPLIT_FROM ? Math.max(2, count / PART) : 1;
            InferenceParts parts = new InferenceParts(model, images, count, preparation, partCount,
                    ownTask ? beside::run : null);
            // a single part is the caller's: it need not wait for the helper
            work.complete(helped && parts.total() > 1 ? parts : null);
            parts.take();
            float[] probabilities = parts.awaitAll();
            if (beside != null) { // done: by the parts, which throw first if they skipped it, or by the helper
                beside.awaitDone();
            }
            return probabilities;
        }

        /** Does the work beside (if any), unless the helper took it, and waits until it is done; then throws what it threw. */
        void awaitBeside() {
            if (beside == null) {
                return;
            }
            if (beside.claim(BesideWork.PARTS)) {
                beside.run();
            }
            beside.awaitDone();
        }

        /**
         * Lets the helper go if it waits for images that will not come, and waits for the task it
         * does beside them, if it took it: that task uses the model the caller holds.
         */
        @Override
        public void close() {
            work.complete(null);
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
