package com.digitrecognizer.recognition;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Classifies many images (a touching number's thirty-odd candidates) on two threads at once, the
 * caller's and a helper's: with one intra-op thread per inference, which single images need, one
 * large inference would use one core of two (bench/RESULTS.md, round 9). The images are cut into
 * parts of about {@value #PART} that both threads take in turn until none is left, so that when the
 * other core is busy (the helper with another caller's parts, or the machine with other work) the
 * caller takes more of them itself: never much slower than one inference after the other.
 */
final class SplitInference implements AutoCloseable {

    /** Fewer images than this are classified in one inference: a hand-over costs more than it saves. */
    static final int SPLIT_FROM = 8;
    /** About this many images a part: as cheap an image as in larger inferences (ClassifierBenchmark). */
    private static final int PART = 8;

    private final ExecutorService helper = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("inference-helper").daemon().factory());

    /** The {@code count x 11} probabilities of {@code count} images, as {@code model.classify} gives them. */
    float[] classify(DigitClassifier model, float[] images, int count) {
        if (count < SPLIT_FROM) {
            return model.classify(images, count);
        }
        float[] probabilities = new float[count * ModelContract.CLASSES];
        int parts = Math.max(2, count / PART);
        AtomicInteger next = new AtomicInteger();
        Runnable takeParts = () -> {
            for (int part = next.getAndIncrement(); part < parts; part = next.getAndIncrement()) {
                int first = count * part / parts;
                int size = count * (part + 1) / parts - first;
                System.arraycopy(model.classify(images, first, size), 0, probabilities, first * ModelContract.CLASSES,
                        size * ModelContract.CLASSES);
            }
        };
        FutureTask<Void> helping = new FutureTask<>(takeParts, null);
        try {
            helper.execute(helping);
        } catch (RejectedExecutionException closing) {
            // the app is stopping: this thread takes every part
        }
        try {
            takeParts.run();
        } finally {
            helping.run(); // if the helper has not begun: finds no part left
            await(helping);
        }
        return probabilities;
    }

    /**
     * Waits for the helper's part in progress, even if this thread is interrupted: the helper works
     * on the model this caller holds, which must not be let go (and closed by a swap) under it.
     */
    private static void await(FutureTask<Void> helping) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    helping.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        helper.shutdownNow();
    }
}
