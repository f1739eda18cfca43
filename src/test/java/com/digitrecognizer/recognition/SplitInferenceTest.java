package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The real model, its images classified in two halves at once: every row still its own image's. */
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
                assertRowsAreTheirImages(split.classify(classifier, images(0, count), count), 0, count);
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
                        assertRowsAreTheirImages(split.classify(classifier, images(first, 33), 33), first, 33);
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

        assertRowsAreTheirImages(split.classify(classifier, images(0, 20), 20), 0, 20);
    }

    /** An interrupted caller still waits for the helper's half (it holds the model the helper uses), then keeps its interrupt. */
    @Test
    void anInterruptedCallerGetsItsAnswerAndKeepsItsInterrupt() {
        try (SplitInference split = new SplitInference()) {
            Thread.currentThread().interrupt();
            float[] probabilities = split.classify(classifier, images(0, 33), 33);

            assertThat(Thread.interrupted()).isTrue();
            assertRowsAreTheirImages(probabilities, 0, 33);
        }
    }

    private static float[] images(int first, int count) {
        float[] images = new float[count * ModelContract.PIXELS];
        for (int i = 0; i < count; i++) {
            System.arraycopy(MnistTestDigits.image(first + i), 0, images, i * ModelContract.PIXELS, ModelContract.PIXELS);
        }
        return images;
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
