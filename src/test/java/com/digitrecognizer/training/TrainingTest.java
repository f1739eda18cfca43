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
        MnistData fixture = IdxReaderTest.trainingFixture();
        train = fixture.head(4500);
        heldOutDigits = fixture.tail(500);
        test = IdxReaderTest.testDigits().head(1000);
        cnn = new Cnn(SETTINGS.seed(), Cnn.Widths.DEFAULT);
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
    void exportsWhatItLearnedWithTheCalibrationFoldedIn() throws IOException {
        double temperature = 2.5;
        double offset = -1.5;
        SavedModelExport.export(cnn.foldedWeights(), cnn.kernelShapes(),
                new OutputCalibration(new TemperatureScaling(temperature), offset), dir);
        Files.writeString(dir.resolve(ModelContract.CARD_FILE), "{\"version\":\"test\"}");
        float[] images = Arrays.copyOf(Examples.digits(test).images(), 100 * ModelContract.PIXELS);

        float[] logits = cnn.logits(images, 100);
        try (DigitClassifier exported = DigitClassifier.load(dir, 1)) {
            float[] served = exported.classify(images, 100);
            for (int row = 0; row < 100; row++) {
                // softmax(logits / T), with the offset on "not a digit"
                double[] scaled = new double[ModelContract.CLASSES];
                double sum = 0;
                for (int c = 0; c < scaled.length; c++) {
                    scaled[c] = Math.exp(logits[row * ModelContract.CLASSES + c] / temperature
                            + (c == ModelContract.NOT_A_DIGIT ? offset : 0));
                    sum += scaled[c];
                }
                for (int c = 0; c < scaled.length; c++) {
                    assertThat(served[row * ModelContract.CLASSES + c]).isCloseTo((float) (scaled[c] / sum), within(1e-5f));
                }
            }
            assertThat(Evaluation.measure(test, exported::classify).accuracy())
                    .isCloseTo(outcome.evaluation().accuracy(), within(0.02));
        }
    }

    /** The shipped model (trained on such distortions) still knows most distorted test digits. */
    @Test
    void augmentedDigitsAreChangedButStayRecognisable() {
        MnistData digits = test.head(500);
        float[] originals = Examples.digits(digits).images();
        float[] augmented = new float[originals.length];
        Augmenter augmenter = new Augmenter(1);
        float[] out = new float[ModelContract.PIXELS];
        int changed = 0;
        for (int from = 0; from < originals.length; from += ModelContract.PIXELS) {
            float[] original = Arrays.copyOfRange(originals, from, from + ModelContract.PIXELS);
            augmenter.augment(original, out, 0);
            System.arraycopy(out, 0, augmented, from, ModelContract.PIXELS);
            changed += Arrays.equals(out, original) ? 0 : 1;
        }

        try (DigitClassifier shipped = DigitClassifier.load(Path.of("saved_model"), 2)) {
            double asTheyAre = Evaluation.measure(digits, shipped::classify).accuracy();
            double distorted = accuracy(shipped, augmented, digits.labels());

            assertThat(distorted).as("accuracy on augmented digits (%.3f as they are)", asTheyAre)
                    .isGreaterThanOrEqualTo(0.97);
        }
        assertThat(changed).as("digits changed of %d", digits.size()).isGreaterThan(digits.size() * 8 / 10);
    }

    @Test
    void strokeWidthAndAffineDoWhatTheySay() {
        float[] digit = Arrays.copyOf(Examples.digits(test).images(), ModelContract.PIXELS);
        double ink = sum(digit);

        assertThat(sum(Augmenter.dilate(digit))).isGreaterThan(ink);
        assertThat(sum(Augmenter.erode(digit))).isLessThan(ink);
        assertThat(Augmenter.affine(digit, 0, 1, 0, 0, 0)).containsExactly(digit);
        assertThat(sum(Augmenter.affine(digit, 0, 1.2, 0, 0, 0))).isGreaterThan(ink);
        assertThat(sum(Augmenter.affine(digit, 0, 0.8, 0, 0, 0))).isLessThan(ink);
    }

    private static double accuracy(DigitClassifier model, float[] images, byte[] labels) {
        float[] probabilities = model.classify(images, labels.length);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += ModelContract.argmax(probabilities, i) == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }

    static double sum(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
