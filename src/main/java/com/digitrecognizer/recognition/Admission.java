package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionException.Reason;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Which recognitions may use the model now: a bounded number run or wait at once, first come, first
 * served; beyond that a caller is told the server is busy rather than left waiting. Counts the
 * recognitions under way too, so that one alone on the server may take both cores.
 */
final class Admission {

    private final Semaphore slots;
    private final Duration maxWait;
    private final AtomicInteger running = new AtomicInteger(); // recognitions and reads under way

    Admission(int maxInFlight, Duration maxWait) {
        this.slots = new Semaphore(maxInFlight, true); // fair: no starved waiter
        this.maxWait = maxWait;
    }

    /** Counts one more recognition under way, until {@link #end()}; whether it is the only one. */
    boolean begin() {
        return running.incrementAndGet() == 1;
    }

    void end() {
        running.decrementAndGet();
    }

    /** The inference's result once a slot is free, or {@link Reason#BUSY} after the longest wait. */
    <T> T admitted(Supplier<T> inference) {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new RecognitionException(Reason.BUSY, "The server is busy recognising other digits; try again shortly.");
        }
        try {
            return inference.get();
        } finally {
            slots.release();
        }
    }
}
