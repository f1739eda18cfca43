package com.digitrecognizer.recognition;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The classifier in service, swappable while recognitions run. Each use holds the classifier it
 * started with until it is done, so its answer names the model that computed it; a swap makes
 * new uses take the new classifier at once (no lock, no pause) and closes the old one when its
 * last user lets go, which frees its native memory.
 */
public final class LiveModel implements AutoCloseable {

    private final AtomicReference<Lease> current;
    private final List<Consumer<DigitClassifier>> listeners = new CopyOnWriteArrayList<>();

    public LiveModel(DigitClassifier first) {
        this.current = new AtomicReference<>(new Lease(first));
    }

    /** Runs {@code work} with the classifier in service, which stays open until {@code work} returns. */
    public <T> T use(Function<DigitClassifier, T> work) {
        Lease lease = acquire();
        try {
            return work.apply(lease.classifier);
        } finally {
            lease.release();
        }
    }

    /** The card of the model new recognitions use. */
    public ModelCard card() {
        return current.get().classifier.card();
    }

    /**
     * Puts {@code next} in service; the returned future completes when the classifier it replaced is
     * closed, i.e. when the last recognition that started on it has finished.
     */
    public CompletableFuture<Void> swap(DigitClassifier next) {
        Lease old = current.getAndSet(new Lease(next));
        listeners.forEach(listener -> listener.accept(next));
        old.release(); // the service's own hold
        return old.closed;
    }

    /** Tells {@code listener} of every model swapped in from now on. */
    public void onSwap(Consumer<DigitClassifier> listener) {
        listeners.add(listener);
    }

    /** Closes the classifier in service once its running recognitions are done. */
    @Override
    public void close() {
        current.get().release();
    }

    private Lease acquire() {
        while (true) {
            Lease lease = current.get();
            if (lease.retain()) {
                return lease;
            }
            // swapped out and drained between get() and retain(): the next get() sees its successor
        }
    }

    /** A classifier with its count of holders: the service itself, plus one per running use. */
    private static final class Lease {
        private final DigitClassifier classifier;
        private final AtomicInteger holders = new AtomicInteger(1);
        private final CompletableFuture<Void> closed = new CompletableFuture<>();

        Lease(DigitClassifier classifier) {
            this.classifier = classifier;
        }

        /** A new holder, unless the count has already fallen to 0 (closed: it may not rise again). */
        boolean retain() {
            int count;
            do {
                count = holders.get();
                if (count == 0) {
                    return false;
                }
            } while (!holders.compareAndSet(count, count + 1));
            return true;
        }

        void release() {
            if (holders.decrementAndGet() == 0) {
                classifier.close();
                closed.complete(null);
            }
        }
    }
}
