package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.ModelContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Trains once on a small committed subset, digits and non-digits: the pipeline learns both, and
 * what it exports is what it trained, calibrated.
 */
class TrainingTest {

    /** Two short epochs learn "not a digit" well enough only with more non-digits than the shipped model's 1 per 6. */
    private static final Trainer.Settings SETTINGS = new Trainer.Settings(2, 64, 2e-3, 2e-4, 7, 3);

    private static MnistData train;
    /** Digits kept out of training, to make non-digits of that the network never saw a piece of. */
    private static MnistData heldOutDigits;
    private static MnistData test;
    private static Cnn cnn;
    private static Trainer.Outcome outcome;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws IOException {
        Path mnist = IdxReaderTest.MNIST;
        MnistData fixture = IdxReader.read(mnist.resolve("train-5k-images-idx3-ubyte.gz"),
                mnist.resolve("train-5k-labels-idx1-ubyte.gz"));
        train = fixture.head(4500);
        heldOutDigits = fixture.tail(500);
        test = IdxReader.read(mnist.resolve("t10k-images-idx3-ubyte.gz"), mnist.resolve("t10k-labels-idx1-ubyte.gz"))
                .head(1000);
        cnn = new Cnn(SETTINGS.seed());
        outcome = new Trainer(SETTINGS, new PrintStream(OutputStream.nullOutputStream())).train(cnn, train, test);
    }

    @AfterAll
    static void close() {
        cnn.close();
    }

    @Test
    void learnsTheDigitsFarBetterThanChanceCountingEveryAnswer() {
        assertThat(outcome.evaluation().accuracy()).isGreaterThan(0.85);
        assertThat(outcome.imagesPerSecond()).isPositive();
        assertThat(outcome.negativesPerEpoch()).isEqualTo(1500);
        assertThat(outcome.negativesByKind()).containsOnlyKeys(NonDigits.Kind.values());
        assertThat(outcome.negativesByKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2 * 1500);
    }

    @Test
    void learnsToSayNotADigitOfNonDigitsItNeverSawWhileKeepingTheDigits() {
        Examples unseen = Examples.notDigits(new NonDigits(99, heldOutDigits).generate(400));

        Evaluation negatives = Evaluation.of(unseen.labels(), Evaluation.outputs(cnn::predict, unseen));

        assertThat(negatives.rejected()).isGreaterThan(0.7);
        assertThat(outcome.evaluation().rejected()).isLessThan(0.05);
    }

    @Test
    void exportsWhatItLearnedWithTheTemperatureFoldedIn() throws IOException {
        TemperatureScaling calibration = new TemperatureScaling(2.5);
        SavedModelExport.export(cnn.foldedWeights(), cnn.kernelShapes(), calibration, dir);
        Files.writeString(dir.resolve(ModelContract.CARD_FILE), "{\"version\":\"test\"}");
        float[] images = Arrays.copyOf(Examples.digits(test).images(), 100 * ModelContract.PIXELS);

        float[] calibrated = calibration.probabilities(cnn.logits(images, 100), ModelContract.CLASSES);
        try (DigitClassifier exported = DigitClassifier.load(dir, 1)) {
            float[] served = exported.classify(images, 100);
            for (int i = 0; i < calibrated.length; i++) {
                assertThat(served[i]).isCloseTo(calibrated[i], within(1e-5f));
            }
            assertThat(Evaluation.measure(test, exported::classify).accuracy()).isEqualTo(outcome.evaluation().accuracy());
        }
        // softmax(logits / 2.5) is not the softmax the network trained with
        float[] uncalibrated = cnn.predict(images, 100);
        assertThat(maxDifference(uncalibrated, calibrated)).isGreaterThan(0.01f);
    }

    @Test
    void augmentationKeepsTheDigitRecognisableButChangesIt() {
        float[] digit = Arrays.copyOf(Examples.digits(test).images(), ModelContract.PIXELS);
        float[] out = new float[784];
        new Augmenter(1).augment(digit, out, 0);

        assertThat(out).isNotEqualTo(digit);
        double inkBefore = sum(digit);
        double inkAfter = sum(out);
        assertThat(inkAfter).isBetween(inkBefore * 0.3, inkBefore * 2.5);
        assertThat(sum(Augmenter.dilate(digit))).isGreaterThan(inkBefore);
        assertThat(sum(Augmenter.erode(digit))).isLessThan(inkBefore);
        assertThat(Augmenter.affine(digit, 0, 1, 0, 0, 0)).containsExactly(digit);
    }

    private static float maxDifference(float[] a, float[] b) {
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double sum(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
