package com.digitrecognizer.recognition;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work done beside a {@link SplitInference} job's (a number's line read), once: by the helper,
 * which may start it before the caller's work exists, or by the caller.
 */
final class BesideWork {

    static final int HELPER = 1;
    static final int CALLER = 2;
    static final int NOBODY = 3;

    private final Runnable task;
    private final AtomicInteger takenBy = new AtomicInteger();
    private volatile boolean done;
    private volatile Throwable failure;

    BesideWork(Runnable task) {
        this.task = task;
    }

    /** Whether {@code taker} takes the task: nobody took it before. */
    boolean claim(int taker) {
        return takenBy.compareAndSet(0, taker);
    }

    /** Whether the helper took it. */
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
        InferenceParts.rethrow(failure);
    }

    void finish() {
        InferenceParts.awaitUninterruptibly(() -> done);
    }
}
