package com.digitrecognizer.recognition;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Prepares and classifies many images (a touching number's thirty-odd candidates) on two threads
 * at once, the caller's and a helper's: with one intra-op thread per inference, which single images
 * need, one large inference would use one core of two (bench/RESULTS.md, round 9). The images are
 * cut into parts of about {@value #PART} that both threads take in turn until none is left, so that
 * when the other core is busy (the helper with another caller's parts, or the machine with other
 * work) the caller takes more of them itself: never much slower than one inference after the other.
 * The helper is woken when a {@link Job} begins, before its images exist: waking a core takes a
 * good part of a millisecond, which the caller's own work until then (a read's segmentation) hides.
 * Work that needs no images (a number's line read) it can do in the meantime ({@link Job#beside}).
 */
final class SplitInference implements AutoCloseable {

    /** Fewer images than this are classified in one inference: a hand-over costs more than it saves. */
    static final int SPLIT_FROM = 8;
    /** About this many images a part: as cheap an image as in larger inferences (ClassifierBenchmark). */
    private static final int PART = 8;

    /** How long the helper stays awake for a caller's images: longer than a 20-digit page takes to segment. */
    private static final long MOST_AWAKE_NANOS = 3_000_000;
    /** How often a caller done with its parts looks whether the helper's part is finished. */
    private static final long POLL_NANOS = 20_000;

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
        return new Job(helped);
    }

    /** One caller's images, prepared and classified in parts by the caller and, if helped, the helper. */
    final class Job implements AutoCloseable {

        private final CompletableFuture<Parts> work = new CompletableFuture<>();
        private final boolean helped;
        private volatile Beside beside; // null until one is given

        private Job(boolean helped) {
            this.helped = helped;
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
         * to do {@link #beside} them it starts at once.
         */
        private void help() {
            long until = System.nanoTime() + MOST_AWAKE_NANOS;
            while (!work.isDone() && System.nanoTime() < until) {
                Beside task = beside;
                if (task != null && task.claim(Beside.HELPER)) {
                    task.run();
                    until = System.nanoTime() + MOST_AWAKE_NANOS;
                } else {
                    Thread.yield();
                }
            }
            Parts parts = work.join();
            if (parts != null) {
                parts.take();
            }
        }

        /**
         * {@code task} (a line read) done beside the images to come: by the helper from now on, while
         * the caller makes the images, if it is awake for them; else by whichever thread takes it as
         * the first part of the images. Done, either way, when {@link #classify} returns.
         */
        void beside(Runnable task) {
            beside = new Beside(task);
        }

        /** The {@code count x 11} probabilities of {@code count} images, as {@code model.classify} gives them. */
        float[] classify(DigitClassifier model, float[] images, int count, Preparation preparation) {
            Beside task = beside;
            boolean ownTask = task != null && task.claim(Beside.PARTS);
            int partCount = helped && count >= SPLIT_FROM ? Math.max(2, count / PART) : 1;
            Parts parts = new Parts(model, images, count, preparation, partCount, ownTask ? task::run : null);
            // a single part is the caller's: it need not wait for the helper
            work.complete(helped && parts.total > 1 ? parts : null);
            parts.take();
            float[] probabilities = parts.awaitAll();
            if (task != null) { // done: by the parts, which throw first if they skipped it, or by the helper
                task.awaitDone();
            }
            return probabilities;
        }

        /**
         * Lets the helper go if it waits for images that will not come, and waits for the task it
         * does beside them, if it took it: that task uses the model the caller holds.
         */
        @Override
        public void close() {
            work.complete(null);
            Beside task = beside;
            if (task != null && !task.claim(Beside.NOBODY) && task.isHelpers()) {
                task.finish();
            }
        }
    }

    /** Work done beside a job's images, by the helper or as their first part, once. */
    private static final class Beside {

        static final int HELPER = 1;
        static final int PARTS = 2;
        static final int NOBODY = 3;

        private final Runnable task;
        private final AtomicInteger takenBy = new AtomicInteger();
        private volatile boolean done;
        private volatile Throwable failure;

        Beside(Runnable task) {
            this.task = task;
        }

        /** Whether {@code taker} takes the task: nobody took it before. */
        boolean claim(int taker) {
            return takenBy.compareAndSet(0, taker);
        }

        /** Whether the helper took it: the parts' own are finished when the parts are. */
        boolean isHelpers() {
            return takenBy.get() == HELPER;
        }

        void run() {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                done = true;
            }
        }

        /** Waits until the task is done, then throws what it threw. */
        void awaitDone() {
            finish();
            rethrow(failure);
        }

        void finish() {
            awaitUninterruptibly(() -> done);
        }
    }

    /**
     * Waits until {@code done}, even if this thread is interrupted (which it then keeps): the
     * helper uses the model its caller holds, which must not be let go (and closed by a swap) under
     * it. A part takes a millisecond or two: the caller polls rather than waits to be woken.
     */
    private static void awaitUninterruptibly(BooleanSupplier done) {
        boolean interrupted = false;
        while (!done.getAsBoolean()) {
            LockSupport.parkNanos(POLL_NANOS);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Throws {@code failure} (unchecked: what the parts catch), if any. */
    private static void rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    private static final class Parts {

        private final DigitClassifier model;
        private final float[] images;
        private final int count;
        private final Preparation preparation;
        private final int parts;
        private final Runnable alongside; // part 0 when there is one
        private final int total;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final float[] probabilities;
        private volatile Throwable failure;

        Parts(DigitClassifier model, float[] images, int count, Preparation preparation, int parts, Runnable alongside) {
            this.model = model;
            this.images = images;
            this.count = count;
            this.preparation = preparation;
            this.parts = parts;
            this.alongside = alongside;
            this.total = alongside == null ? parts : parts + 1;
            this.probabilities = new float[count * ModelContract.CLASSES];
        }

        /** Takes parts until none is left; after a failure (kept for the caller) they are only counted. */
        void take() {
            for (int taken = next.getAndIncrement(); taken < total; taken = next.getAndIncrement()) {
                int part = alongside == null ? taken : taken - 1;
                try {
                    if (failure == null && part < 0) {
                        alongside.run();
                    } else if (failure == null) {
                        int first = count * part / parts;
                        int size = count * (part + 1) / parts - first;
                        preparation.prepare(first, size);
                        System.arraycopy(model.classify(images, first, size), 0, probabilities,
                                first * ModelContract.CLASSES, size * ModelContract.CLASSES);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    finished.incrementAndGet();
                }
            }
        }

        /** The probabilities once every part is finished, the helper's in progress too. */
        float[] awaitAll() {
            awaitUninterruptibly(() -> finished.get() == total);
            rethrow(failure);
            return probabilities;
        }
    }

    @Override
    public void close() {
        helper.shutdownNow();
    }
}
