package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MicroBatcherTest {

    private static final int THREADS = 16;

    @Test
    void everyCallerGetsItsOwnImagesProbabilitiesFromTheRealModel() throws Exception {
        try (DigitClassifier classifier = DigitClassifier.load(RecognizerTest.MODEL, 1);
             MicroBatcher batcher = new MicroBatcher(classifier::classify, 8, Duration.ofMillis(2))) {
            List<float[]> images = new ArrayList<>();
            List<float[]> alone = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                images.add(MnistTestDigits.image(i));
                alone.add(classifier.classify(images.get(i), 1));
            }

            List<float[]> together = concurrently(images.size() * 4, i -> batcher.classify(images.get(i % images.size())));

            for (int i = 0; i < together.size(); i++) {
                float[] expected = alone.get(i % images.size());
                assertThat(together.get(i)).containsExactly(expected, within(1e-5f));
            }
        }
    }

    @Test
    void concurrentImagesShareInferencesOfAtMostMaxBatch() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        MicroBatcher.Model slowEcho = (images, count) -> {
            batchSizes.add(count);
            sleep(2);
            return echo(images, count);
        };
        try (MicroBatcher batcher = new MicroBatcher(slowEcho, 5, Duration.ofMillis(1))) {
            List<float[]> answers = concurrently(200, i -> batcher.classify(image(i)));

            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i)[0]).as("answer %d", i).isEqualTo(i);
            }
        }
        assertThat(batchSizes).allSatisfy(size -> assertThat(size).isBetween(1, 5));
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
        assertThat(batchSizes.size()).as("inferences for 200 images from %d threads", THREADS).isLessThan(100);
    }

    @Test
    void aCallerAloneClassifiesOnItsOwnThread() {
        List<String> threads = new ArrayList<>();
        MicroBatcher.Model recording = (images, count) -> {
            threads.add(Thread.currentThread().getName());
            return echo(images, count);
        };
        try (MicroBatcher batcher = new MicroBatcher(recording, 4, Duration.ofMillis(5))) {
            assertThat(batcher.classify(image(3))[0]).isEqualTo(3);
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aFailedInferenceFailsItsCallersOnly() {
        AtomicInteger calls = new AtomicInteger();
        MicroBatcher.Model failingOnce = (images, count) -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalArgumentException("broken");
            }
            return echo(images, count);
        };
        try (MicroBatcher batcher = new MicroBatcher(failingOnce, 4, Duration.ZERO)) {
            assertThatThrownBy(() -> batcher.classify(image(1))).isInstanceOf(IllegalArgumentException.class);
            assertThat(batcher.classify(image(2))[0]).isEqualTo(2);
        }
    }

    @Test
    void closingAnswersEveryWaitingCallerAndRefusesNewOnes() throws Exception {
        CountDownLatch inferring = new CountDownLatch(1);
        MicroBatcher.Model stuck = (images, count) -> {
            inferring.countDown();
            sleep(200);
            return echo(images, count);
        };
        MicroBatcher batcher = new MicroBatcher(stuck, 1, Duration.ZERO);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> waiting = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                waiting.add(pool.submit(() -> batcher.classify(image(n))));
            }
            assertThat(inferring.await(5, TimeUnit.SECONDS)).isTrue();

            batcher.close();

            int answered = 0;
            for (Future<float[]> call : waiting) {
                try {
                    call.get(5, TimeUnit.SECONDS);
                    answered++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
                }
            }
            assertThat(answered).as("the inferences in progress are answered").isBetween(1, 2);
            assertThatThrownBy(() -> batcher.classify(image(9))).isInstanceOf(IllegalStateException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code count} calls from {@link #THREADS} threads; the answers in call order. */
    private static List<float[]> concurrently(int count, IntFunction<float[]> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> call.apply(n)));
            }
            List<float[]> answers = new ArrayList<>();
            for (Future<float[]> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
