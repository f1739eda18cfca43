package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionException.Reason;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The pixels of uploaded images held at once, decoded and being read: an image of a few million
 * pixels takes tens of MB of heap until it is read (about 16 bytes a pixel while it is decoded, 5
 * while it is read), so that a few large uploads at once would exhaust the deployed 128 MB heap
 * (bench/RESULTS.md, round 49). An upload takes its pixels' share once its header is read and gives
 * it back when its reading ends; a share not free within the longest wait is refused as busy.
 * First come, first served: small uploads do not starve a large one.
 */
final class PagePixels {

    /** As many pixels as anyone asks, at once. */
    static final PagePixels UNLIMITED = new PagePixels(Integer.MAX_VALUE, Duration.ZERO);

    private final Semaphore free;
    private final int total;
    private final Duration maxWait;

    PagePixels(int total, Duration maxWait) {
        this.free = new Semaphore(total, true);
        this.total = total;
        this.maxWait = maxWait;
    }

    /** A share not taken yet; closing it gives back what it took. */
    Share share() {
        return new Share();
    }

    /** One upload's pixels, taken when its size is known. */
    final class Share implements AutoCloseable {

        private int taken;

        /** Takes {@code pixels} (at most all there are), waiting at most the longest wait, else refused as busy. */
        void take(long pixels) {
            int wanted = (int) Math.min(pixels, total);
            boolean granted;
            try {
                granted = free.tryAcquire(wanted, maxWait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                granted = false;
            }
            if (!granted) {
                throw new RecognitionException(Reason.BUSY,
                        "The server is busy reading other large images; try again shortly.");
            }
            taken += wanted;
        }

        @Override
        public void close() {
            free.release(taken);
            taken = 0;
        }
    }
}
