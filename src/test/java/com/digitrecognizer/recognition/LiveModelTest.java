package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Swapping the model in service while recognitions run on it, with two real TensorFlow models. */
class LiveModelTest {

    @Test
    void aUseInProgressFinishesOnTheOldModelWhichIsClosedOnlyWhenItReturns() throws Exception {
        DigitClassifier old = DigitClassifier.load(RecognizerTest.MODEL, 1);
        DigitClassifier next = DigitClassifier.load(RecognizerTest.MODEL, 1);
        try (LiveModel live = new LiveModel(old)) {
            CountDownLatch using = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            ExecutorService caller = Executors.newSingleThreadExecutor();
            Future<float[]> inProgress = caller.submit(() -> live.use(classifier -> {
                using.countDown();
                await(finish);
                return classifier.classify(MnistTestDigits.image(0), 1);
            }));
            assertThat(using.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> drained = live.swap(next);

            assertThat(live.<Object>use(classifier -> classifier)).isSameAs(next);
            assertThat(drained).isNotDone();
            finish.countDown();
            assertThat(inProgress.get(30, TimeUnit.SECONDS)).hasSize(ModelContract.CLASSES);
            drained.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> old.classify(MnistTestDigits.image(0), 1)).isInstanceOf(RuntimeException.class);
            caller.shutdownNow();
        }
    }

    @Test
    void swapsUnderConcurrentUseNeverFailAUseAndCloseEveryReplacedModel() throws Exception {
        DigitClassifier first = DigitClassifier.load(RecognizerTest.MODEL, 1);
        List<CompletableFuture<Void>> drains = new ArrayList<>();
        AtomicBoolean swapping = new AtomicBoolean(true);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (LiveModel live = new LiveModel(first)) {
            List<Future<Integer>> uses = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                uses.add(callers.submit(() -> {
                    int done = 0;
                    while (swapping.get()) {
                        live.use(classifier -> classifier.classify(MnistTestDigits.image(7), 1));
                        done++;
                    }
                    return done;
                }));
            }
            for (int swap = 0; swap < 10; swap++) {
                drains.add(live.swap(DigitClassifier.load(RecognizerTest.MODEL, 1)));
                Thread.sleep(20);
            }
            swapping.set(false);
            for (Future<Integer> use : uses) {
                assertThat(use.get(60, TimeUnit.SECONDS)).isPositive(); // none threw
            }
            CompletableFuture.allOf(drains.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            callers.shutdownNow();
        }
    }

    /** The batcher tells models apart by identity: recognitions on one live model must still share inferences. */
    @Test
    void concurrentRecognitionsOnTheLiveModelShareInferences() throws Exception {
        DigitClassifier counted = Mockito.spy(DigitClassifier.load(RecognizerTest.MODEL, 1));
        byte[] seven;
        try (InputStream in = LiveModelTest.class.getResourceAsStream("/api/digit-7.png")) {
            seven = in.readAllBytes();
        }
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (LiveModel live = new LiveModel(counted);
             Recognizer recognizer = new Recognizer(live, RecognizerTest.properties(64, Duration.ofSeconds(5)),
                     new RecognitionMetrics(new SimpleMeterRegistry(), counted.card()))) {
            List<Future<Prediction>> predictions = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                predictions.add(callers.submit(() -> recognizer.recognize(seven)));
            }
            for (Future<Prediction> prediction : predictions) {
                assertThat(prediction.get(60, TimeUnit.SECONDS).digit()).isEqualTo(7);
            }
        } finally {
            callers.shutdownNow();
        }
        Mockito.verify(counted, Mockito.atLeastOnce()).classify(Mockito.any(), Mockito.intThat(count -> count > 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
