package com.digitrecognizer.recognition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Classifies single images that arrive at the same time in one inference: one thread takes the
 * first waiting image, gathers up to {@code maxBatch} (waiting at most {@code maxDelay} for
 * more), classifies them together and hands each caller its own row. A batch costs the model
 * less per image than the same images one by one, and callers wait no longer than one
 * inference plus {@code maxDelay} beyond the batch in progress. A caller that finds no other
 * image in flight classifies its own at once: alone, a hand-over to the worker only costs time.
 * Each image comes with the model it must be classified by: images of two models (during a swap)
 * never share an inference, so that every answer is the named model's. Models are told apart by
 * identity: pass the same object (the classifier itself), not a new method reference per call.
 */
final class MicroBatcher implements AutoCloseable {

    /** What the batcher needs of the model: {@link DigitClassifier#classify}. */
    interface Model {
        float[] classify(float[] images, int count);
    }

    private final int maxBatch;
    private final long maxDelayNanos;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    MicroBatcher(int maxBatch, Duration maxDelay) {
        this(maxBatch, maxDelay, Thread.ofPlatform().name("micro-batcher").daemon().factory());
    }

    /** With the worker thread made by {@code workers} (tests hold it back to queue images first). */
    MicroBatcher(int maxBatch, Duration maxDelay, ThreadFactory workers) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("max batch must be at least 1, got " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.maxDelayNanos = maxDelay.toNanos();
        this.worker = workers.newThread(this::run);
        worker.start();
    }

    /** The class probabilities of one 28x28 image by {@code model}, together with whatever arrives beside it. */
    float[] classify(Model model, float[] image) {
        if (closed) {
            throw closedException();
        }
        try {
            if (inFlight.getAndIncrement() == 0) {
                return model.classify(image, 1);
            }
            return await(submit(model, image));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Queues an image for the worker's next batch; its ten probabilities complete the answer. */
    CompletableFuture<float[]> submit(Model model, float[] image) {
        Request request = new Request(model, image, new CompletableFuture<>());
        queue.add(request);
        if (closed) { // raced with close(): make sure no one waits for a worker that is gone
            request.answer().completeExceptionally(closedException());
        }
        return request.answer();
    }

    private static float[] await(CompletableFuture<float[]> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the batch", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Request> batch = new ArrayList<>(maxBatch);
        try {
            while (!closed) {
                batch.add(queue.take());
                gather(batch);
                answerByModel(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            // close() stops the worker
        }
        batch.forEach(r -> r.answer().completeExceptionally(closedException()));
        queue.forEach(r -> r.answer().completeExceptionally(closedException()));
    }

    /** Adds what is already waiting, then what arrives within the delay, up to the batch size. */
    private void gather(List<Request> batch) throws InterruptedException {
        queue.drainTo(batch, maxBatch - batch.size());
        long deadline = System.nanoTime() + maxDelayNanos;
        while (batch.size() < maxBatch) {
            long left = deadline - System.nanoTime();
            Request next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    /** Runs of images of one model, in arrival order, each in one inference. */
    private static void answerByModel(List<Request> batch) {
        int from = 0;
        for (int i = 1; i <= batch.size(); i++) {
            if (i == batch.size() || batch.get(i).model() != batch.get(from).model()) {
                answer(batch.get(from).model(), batch.subList(from, i));
                from = i;
            }
        }
    }

    private static void answer(Model model, List<Request> batch) {
        int count = batch.size();
        float[] images = new float[count * ModelContract.PIXELS];
        for (int i = 0; i < count; i++) {
            System.arraycopy(batch.get(i).image(), 0, images, i * ModelContract.PIXELS, ModelContract.PIXELS);
        }
        try {
            float[] probabilities = model.classify(images, count);
            for (int i = 0; i < count; i++) {
                float[] own = new float[ModelContract.CLASSES];
                System.arraycopy(probabilities, i * ModelContract.CLASSES, own, 0, ModelContract.CLASSES);
                batch.get(i).answer().complete(own);
            }
        } catch (RuntimeException e) {
            batch.forEach(r -> r.answer().completeExceptionally(e));
        }
    }

    /** Stops the worker; images still waiting are refused, none is left waiting for ever. */
    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static IllegalStateException closedException() {
        return new IllegalStateException("The micro-batcher is closed");
    }

    private record Request(Model model, float[] image, CompletableFuture<float[]> answer) {
    }
}
