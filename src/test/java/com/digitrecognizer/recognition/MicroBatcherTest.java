package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Deterministic: no sleeps, no races to win. Images are queued while the worker is held back, or
 * while an inference is known to be in progress (latches), so every batch is known in advance.
 */
class MicroBatcherTest {

    private static final long TIMEOUT_SECONDS = 30;

    @Test
    void everyQueuedImageGetsItsOwnProbabilitiesFromTheRealModelInBatchesOfMaxBatch() throws Exception {
        HeldWorker worker = new HeldWorker();
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        try (DigitClassifier classifier = DigitClassifier.load(RecognizerTest.MODEL, 1);
             MicroBatcher batcher = new MicroBatcher(8, Duration.ZERO, worker)) {
            MicroBatcher.Model model = (images, count) -> {
                batchSizes.add(count);
                return classifier.classify(images, count);
            };
            List<float[]> alone = new ArrayList<>();
            List<CompletableFuture<float[]>> together = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                alone.add(classifier.classify(MnistTestDigits.image(i), 1));
                together.add(batcher.submit(model, MnistTestDigits.image(i)));
            }

            worker.release();

            for (int i = 0; i < together.size(); i++) {
                assertThat(answer(together.get(i))).as("image %d", i).containsExactly(alone.get(i), within(1e-5f));
            }
        }
        assertThat(batchSizes).containsExactly(8, 8, 8, 8, 8, 8, 8, 8);
    }

    @Test
    void queuedImagesShareInferencesOfAtMostMaxBatchInArrivalOrder() throws Exception {
        HeldWorker worker = new HeldWorker();
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        MicroBatcher.Model echo = (images, count) -> {
            batchSizes.add(count);
            return echo(images, count);
        };
        try (MicroBatcher batcher = new MicroBatcher(5, Duration.ZERO, worker)) {
            List<CompletableFuture<float[]>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(batcher.submit(echo, image(i)));
            }

            worker.release();

            for (int i = 0; i < answers.size(); i++) {
                assertThat(answer(answers.get(i))[0]).as("answer %d", i).isEqualTo(i);
            }
        }
        assertThat(batchSizes).containsExactly(5, 5, 2);
    }

    @Test
    void imagesOfTwoModelsNeverShareAnInferenceAndEachIsAnsweredByItsOwn() throws Exception {
        HeldWorker worker = new HeldWorker();
        List<String> inferences = Collections.synchronizedList(new ArrayList<>());
        MicroBatcher.Model old = (images, count) -> {
            inferences.add("old x" + count);
            return echo(images, count);
        };
        MicroBatcher.Model next = (images, count) -> {
            inferences.add("new x" + count);
            float[] answers = echo(images, count);
            for (int i = 0; i < count; i++) {
                answers[i * ModelContract.CLASSES] += 100; // tells the new model's answers apart
            }
            return answers;
        };
        try (MicroBatcher batcher = new MicroBatcher(8, Duration.ZERO, worker)) {
            List<CompletableFuture<float[]>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(batcher.submit(i < 2 || i == 5 ? old : next, image(i)));
            }

            worker.release();

            for (int i = 0; i < answers.size(); i++) {
                assertThat(answer(answers.get(i))[0]).as("answer %d", i).isEqualTo(i < 2 || i == 5 ? i : i + 100);
            }
        }
        assertThat(inferences).containsExactly("old x2", "new x3", "old x1");
    }

    @Test
    void aCallerAloneClassifiesOnItsOwnThread() {
        List<String> threads = new ArrayList<>();
        MicroBatcher.Model recording = (images, count) -> {
            threads.add(Thread.currentThread().getName());
            return echo(images, count);
        };
        try (MicroBatcher batcher = new MicroBatcher(4, Duration.ofMillis(5))) {
            assertThat(batcher.classify(recording, image(3))[0]).isEqualTo(3);
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aCallerWhoFindsAnotherInferenceInProgressIsAnsweredByTheWorker() throws Exception {
        CountDownLatch inferring = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        MicroBatcher.Model model = (images, count) -> {
            threads.add(Thread.currentThread().getName());
            if (images[0] == 1) { // the first caller's inference lasts until the test lets it finish
                inferring.countDown();
                await(finish);
            }
            return echo(images, count);
        };
        ExecutorService firstCaller = Executors.newSingleThreadExecutor(work -> new Thread(work, "first-caller"));
        try (MicroBatcher batcher = new MicroBatcher(4, Duration.ZERO)) {
            Future<float[]> first = firstCaller.submit(() -> batcher.classify(model, image(1)));
            assertThat(inferring.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

            assertThat(batcher.classify(model, image(2))[0]).isEqualTo(2);

            finish.countDown();
            assertThat(first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)[0]).isEqualTo(1);
        } finally {
            finish.countDown();
            firstCaller.shutdownNow();
        }
        assertThat(threads).containsExactly("first-caller", "micro-batcher");
    }

    @Test
    void aFailedInferenceFailsItsBatchOnly() throws Exception {
        HeldWorker worker = new HeldWorker();
        AtomicInteger calls = new AtomicInteger();
        MicroBatcher.Model failingOnce = (images, count) -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalArgumentException("broken");
            }
            return echo(images, count);
        };
        try (MicroBatcher batcher = new MicroBatcher(2, Duration.ZERO, worker)) {
            List<CompletableFuture<float[]>> answers = List.of(batcher.submit(failingOnce, image(1)),
                    batcher.submit(failingOnce, image(2)), batcher.submit(failingOnce, image(3)));

            worker.release();

            for (CompletableFuture<float[]> failed : answers.subList(0, 2)) {
                assertThatThrownBy(() -> answer(failed)).hasCauseInstanceOf(IllegalArgumentException.class);
            }
            assertThat(answer(answers.get(2))[0]).isEqualTo(3);
            assertThat(batcher.classify(failingOnce, image(4))[0]).isEqualTo(4);
        }
    }

    @Test
    void closingFinishesTheInferenceInProgressRefusesTheWaitingAndNewImages() throws Exception {
        CountDownLatch inferring = new CountDownLatch(1);
        MicroBatcher.Model stuckUntilInterrupted = (images, count) -> {
            inferring.countDown();
            await(new CountDownLatch(1)); // returns when close() interrupts the worker
            return echo(images, count);
        };
        MicroBatcher batcher = new MicroBatcher(1, Duration.ZERO);
        CompletableFuture<float[]> inProgress = batcher.submit(stuckUntilInterrupted, image(1));
        assertThat(inferring.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<float[]>> waiting = List.of(batcher.submit(stuckUntilInterrupted, image(2)),
                batcher.submit(stuckUntilInterrupted, image(3)));

        batcher.close();

        assertThat(answer(inProgress)[0]).isEqualTo(1);
        for (CompletableFuture<float[]> refused : waiting) {
            assertThatThrownBy(() -> answer(refused)).cause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
        assertThatThrownBy(() -> batcher.classify(stuckUntilInterrupted, image(9))).isInstanceOf(IllegalStateException.class);
    }

    /** A worker thread that waits for {@link #release()} before it takes its first batch. */
    private static final class HeldWorker implements ThreadFactory {

        private final CountDownLatch released = new CountDownLatch(1);

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(() -> {
                await(released);
                work.run();
            }, "micro-batcher");
            thread.setDaemon(true);
            return thread;
        }

        void release() {
            released.countDown();
        }
    }

    private static float[] answer(CompletableFuture<float[]> answer) throws Exception {
        return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits for the latch; an interrupt ends the wait and stays set for the caller to see. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An image whose first pixel names it. */
    private static float[] image(int id) {
        float[] image = new float[ModelContract.PIXELS];
        image[0] = id;
        return image;
    }

    /** A stand-in model whose "probabilities" of each image start with that image's first pixel. */
    private static float[] echo(float[] images, int count) {
        float[] out = new float[count * ModelContract.CLASSES];
        for (int i = 0; i < count; i++) {
            out[i * ModelContract.CLASSES] = images[i * ModelContract.PIXELS];
        }
        return out;
    }
}
