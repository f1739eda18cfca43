package com.digitrecognizer.recognition;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One caller's images of a {@link SplitInference} cut into parts, each prepared and classified by
 * whichever thread takes it, the caller's or the helper's; and the work beside them, if the caller
 * gives it to them (a line read), as one more part, the first.
 */
final class InferenceParts {

    /** How often a caller done with its parts looks whether the helper's part is finished. */
    private static final long POLL_NANOS = 20_000;

    private final DigitClassifier model;
    private final float[] images;
    private final int count;
    private final SplitInference.Preparation preparation;
    private final int parts;
    private final Runnable alongside; // part 0 when there is one
    private final int total;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final float[] probabilities;
    private volatile Throwable failure;

    InferenceParts(DigitClassifier model, float[] images, int count, SplitInference.Preparation preparation, int parts,
                   Runnable alongside) {
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

    /** How many parts there are, with the work beside them if they do it. */
    int total() {
        return total;
    }

    /**
     * Waits until {@code done}, even if this thread is interrupted (which it then keeps): the
     * helper uses the model its caller holds, which must not be let go (and closed by a swap) under
     * it. A part takes a millisecond or two: the caller polls rather than waits to be woken.
     */
    static void awaitUninterruptibly(BooleanSupplier done) {
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
    static void rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }
}
