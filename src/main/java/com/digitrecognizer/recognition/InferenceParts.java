package com.digitrecognizer.recognition;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One caller's images of a {@link SplitInference} cut into parts, each classified by whichever
 * thread takes it, the caller's or the helper's.
 */
final class InferenceParts {

    /** How often a caller done with its parts looks whether the helper's part is finished. */
    private static final long POLL_NANOS = 20_000;

    private final DigitNetwork network;
    private final float[] images;
    private final int count;
    private final int parts;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final float[] probabilities;
    private volatile Throwable failure;

    InferenceParts(DigitNetwork network, float[] images, int count, int parts) {
        this.network = network;
        this.images = images;
        this.count = count;
        this.parts = parts;
        this.probabilities = new float[count * ModelContract.CLASSES];
    }

    /** Takes parts until none is left; after a failure (kept for the caller) they are only counted. */
    void take() {
        for (int part = next.getAndIncrement(); part < parts; part = next.getAndIncrement()) {
            try {
                if (failure == null) {
                    int first = count * part / parts;
                    int size = count * (part + 1) / parts - first;
                    float[] partImages = Arrays.copyOfRange(images, first * ModelContract.PIXELS,
                            (first + size) * ModelContract.PIXELS);
                    System.arraycopy(network.classify(partImages, size), 0, probabilities,
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
        awaitUninterruptibly(() -> finished.get() == parts);
        rethrow(failure);
        return probabilities;
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
