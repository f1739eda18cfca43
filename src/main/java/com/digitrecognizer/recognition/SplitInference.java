package com.digitrecognizer.recognition;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Classifies many images (a touching number's thirty-odd candidates) in two halves at once, the
 * second on a helper thread: with one intra-op thread per inference, which single images need,
 * one large inference would use one core of two (bench/RESULTS.md, round 9). When the helper is
 * busy with another caller's half, the caller runs its own second half itself rather than wait:
 * never slower than one inference after the other.
 */
final class SplitInference implements AutoCloseable {

    /** Fewer images than this are classified in one inference: a hand-over costs more than it saves. */
    static final int SPLIT_FROM = 8;

    private final ExecutorService helper = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("inference-helper").daemon().factory());

    /** The {@code count x 11} probabilities of {@code count} images, as {@code model.classify} gives them. */
    float[] classify(DigitClassifier model, float[] images, int count) {
        if (count < SPLIT_FROM) {
            return model.classify(images, count);
        }
        int first = count / 2;
        int second = count - first;
        FutureTask<float[]> secondHalf = new FutureTask<>(() -> model.classify(images, first, second));
        try {
            helper.execute(secondHalf);
        } catch (RejectedExecutionException closing) {
            // the app is stopping: this thread runs it below
        }
        float[] probabilities = new float[count * ModelContract.CLASSES];
        System.arraycopy(model.classify(images, 0, first), 0, probabilities, 0, first * ModelContract.CLASSES);
        secondHalf.run(); // does nothing if the helper has taken it
        System.arraycopy(answer(secondHalf), 0, probabilities, first * ModelContract.CLASSES, second * ModelContract.CLASSES);
        return probabilities;
    }

    private static float[] answer(FutureTask<float[]> half) {
        try {
            return half.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the second half of an inference", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        helper.shutdownNow();
    }
}
