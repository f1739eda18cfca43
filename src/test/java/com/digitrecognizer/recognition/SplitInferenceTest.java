package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.digitrecognizer.MnistTestDigits.images;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The real model, its images classified in parts on two threads at once: every row still its own
 * image's; and the work done beside them.
 */
class SplitInferenceTest {

    private static DigitClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = DigitClassifier.load(RecognizerTest.MODEL, 1);
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    @Test
    void eachImageIsAnsweredByItsOwnRowWhateverTheCount() {
        try (SplitInference split = new SplitInference()) {
            for (int count : new int[] {1, SplitInference.SPLIT_FROM - 1, SplitInference.SPLIT_FROM, 33}) {
                assertRowsAreTheirImages(classify(split, images(0, count), count), 0, count);
            }
        }
    }

    @Test
    void callersAtOnceEachGetTheirOwnAnswersWhileTheHelperIsBusy() {
        try (SplitInference split = new SplitInference()) {
            List<CompletableFuture<Void>> callers = new ArrayList<>();
            for (int caller = 0; caller < 4; caller++) {
                int first = 40 * caller;
                callers.add(CompletableFuture.runAsync(() -> {
                    for (int round = 0; round < 5; round++) {
                        assertRowsAreTheirImages(classify(split, images(first, 33), 33), first, 33);
                    }
                }));
            }
            callers.forEach(CompletableFuture::join);
        }
    }

    /** While the app stops, a read under way still gets its answer: the caller runs both halves. */
    @Test
    void aClosedSplitStillAnswersOnTheCallersThread() {
        SplitInference split = new SplitInference();
        split.close();

        assertRowsAreTheirImages(classify(split, images(0, 20), 20), 0, 20);
    }

    /** An interrupted caller still waits for the helper's part (it holds the model the helper uses), then keeps its interrupt. */
    @Test
    void anInterruptedCallerGetsItsAnswerAndKeepsItsInterrupt() {
        try (SplitInference split = new SplitInference()) {
            Thread.currentThread().interrupt();
            float[] probabilities = classify(split, images(0, 33), 33);

            assertThat(Thread.interrupted()).isTrue();
            assertRowsAreTheirImages(probabilities, 0, 33);
        }
    }

    /** Begun and closed without work, a job lets the helper go: it helps the next one. */
    @Test
    void unusedJobsLetTheHelperGo() {
        try (SplitInference split = new SplitInference()) {
            for (int i = 0; i < 50; i++) {
                split.begin(true).close();
            }
            assertTheHelperTakesAShare(split);
        }
    }

    /** A job's images given in turn (a search's candidates, then a second look's views): the helper takes a share of each. */
    @Test
    void theHelperTakesAShareOfEachBatchUntilTheJobCloses() {
        try (SplitInference split = new SplitInference(); SplitInference.Job job = split.begin(true)) {
            for (int batch = 0; batch < 3; batch++) {
                assertTheHelperTakesAShareOf(job);
            }
        }
    }

    /** Without the helper every part is the caller's. */
    @Test
    void anUnhelpedJobStaysOnTheCallersThread() {
        try (SplitInference split = new SplitInference()) {
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            float[] probabilities;
            try (SplitInference.Job job = split.begin(false)) {
                probabilities = job.classify(recording(threads), images(0, 33), 33);
            }

            assertThat(threads).containsExactly(Thread.currentThread());
            assertRowsAreTheirImages(probabilities, 0, 33);
        }
    }

    /** A part that fails, on either thread, fails the caller's classification once every part is done. */
    @Test
    void aFailedPartReachesTheCaller() {
        try (SplitInference split = new SplitInference()) {
            for (int failing = 0; failing < 4; failing++) {
                int failingPart = failing;
                AtomicInteger parts = new AtomicInteger();
                try (SplitInference.Job job = split.begin(true)) {
                    assertThatThrownBy(() -> job.classify((images, count) -> {
                        if (parts.getAndIncrement() == failingPart) {
                            throw new IllegalStateException("part " + failingPart);
                        }
                        return classifier.classify(images, count);
                    }, images(0, 33), 33)).isInstanceOf(IllegalStateException.class).hasMessage("part " + failing);
                }
            }
        }
    }

    /** Work given to do beside (a line read) is the helper's at once, while the caller does its own; done when awaited. */
    @Test
    void workBesideTheImagesStartsOnTheHelperBeforeThem() {
        try (SplitInference split = new SplitInference()) {
            CountDownLatch besideStarted = new CountDownLatch(1);
            AtomicInteger besideDone = new AtomicInteger();
            Set<Thread> besideThreads = ConcurrentHashMap.newKeySet();
            float[] probabilities;
            try (SplitInference.Job job = split.begin(true, () -> {
                    besideThreads.add(Thread.currentThread());
                    besideStarted.countDown();
                    sleepQuietly(30);
                    besideDone.incrementAndGet();
                })) {
                assertThat(awaitQuietly(besideStarted)).as("started before the caller's work").isTrue();
                probabilities = job.classify(classifier::classify, images(0, 33), 33);
                job.awaitBeside();
                assertThat(besideDone).as("done when awaited").hasValue(1);
            }

            assertThat(besideThreads).doesNotContain(Thread.currentThread()).hasSize(1);
            assertRowsAreTheirImages(probabilities, 0, 33);
        }
    }

    /** Without the helper, the work beside is the caller's, done once when it awaits it. */
    @Test
    void workBesideAnUnhelpedJobIsTheCallers() {
        try (SplitInference split = new SplitInference()) {
            Set<Thread> besideThreads = ConcurrentHashMap.newKeySet();
            AtomicInteger runs = new AtomicInteger();
            try (SplitInference.Job job = split.begin(false, () -> {
                    besideThreads.add(Thread.currentThread());
                    runs.incrementAndGet();
                })) {
                assertRowsAreTheirImages(job.classify(classifier::classify, images(0, 33), 33), 0, 33);
                assertThat(runs).as("not before it is awaited").hasValue(0);
                job.awaitBeside();
            }

            assertThat(runs).hasValue(1);
            assertThat(besideThreads).containsExactly(Thread.currentThread());
        }
    }

    /**
     * The work beside fails the caller when it awaits it; a job closed without awaiting it waits
     * for the helper to finish it (it uses the model the caller holds).
     */
    @Test
    void workBesideIsWaitedForAndItsFailureReachesTheCaller() {
        try (SplitInference split = new SplitInference()) {
            CountDownLatch started = new CountDownLatch(1);
            try (SplitInference.Job job = split.begin(true, () -> {
                    started.countDown();
                    throw new IllegalStateException("line");
                })) {
                awaitQuietly(started);
                assertThatThrownBy(job::awaitBeside).isInstanceOf(IllegalStateException.class).hasMessage("line");
            }

            AtomicInteger done = new AtomicInteger();
            CountDownLatch begun = new CountDownLatch(1);
            try (SplitInference.Job job = split.begin(true, () -> {
                    begun.countDown();
                    sleepQuietly(50);
                    done.incrementAndGet();
                })) {
                awaitQuietly(begun);
            }
            assertThat(done).as("finished when the job is closed").hasValue(1);
        }
    }

    private static float[] classify(SplitInference split, float[] images, int count) {
        try (SplitInference.Job job = split.begin(true)) {
            return job.classify(classifier::classify, images, count);
        }
    }

    /**
     * A helped job given its images only after a while (a read's segmentation): the helper, woken
     * before them, takes parts.
     */
    private static void assertTheHelperTakesAShare(SplitInference split) {
        try (SplitInference.Job job = split.begin(true)) {
            sleepQuietly(20);
            assertTheHelperTakesAShareOf(job);
        }
    }

    /** Images given to {@code job}: the helper takes parts, the caller's first part waiting until the helper has classified one. */
    private static void assertTheHelperTakesAShareOf(SplitInference.Job job) {
        Thread caller = Thread.currentThread();
        CountDownLatch helperClassified = new CountDownLatch(1);
        float[] probabilities = job.classify((images, count) -> {
            if (Thread.currentThread() == caller) {
                awaitQuietly(helperClassified); // until the helper has taken a part of its own
                return classifier.classify(images, count);
            }
            float[] part = classifier.classify(images, count);
            helperClassified.countDown();
            return part;
        }, images(0, 33), 33);

        assertThat(helperClassified.getCount()).as("parts the helper took").isZero();
        assertRowsAreTheirImages(probabilities, 0, 33);
    }

    /** The real model, noting the threads that ask it. */
    private static DigitNetwork recording(Set<Thread> threads) {
        return recording(threads, classifier::classify);
    }

    /** {@code network}, noting the threads that ask it. */
    static DigitNetwork recording(Set<Thread> threads, DigitNetwork network) {
        return (images, count) -> {
            threads.add(Thread.currentThread());
            return network.classify(images, count);
        };
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void assertRowsAreTheirImages(float[] probabilities, int first, int count) {
        assertThat(probabilities).hasSize(count * ModelContract.CLASSES);
        for (int i = 0; i < count; i++) {
            float[] alone = classifier.classify(MnistTestDigits.image(first + i), 1);
            for (int c = 0; c < ModelContract.CLASSES; c++) {
                assertThat(probabilities[i * ModelContract.CLASSES + c]).as("image %d, class %d", first + i, c)
                        .isCloseTo(alone[c], within(1e-5f));
            }
        }
    }
}
