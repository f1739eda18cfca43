package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Trains on a small committed subset: the pipeline learns, and what it exports is what it trained. */
class TrainingTest {

    private static MnistData train;
    private static MnistData test;

    @TempDir
    Path dir;

    @BeforeAll
    static void readData() throws IOException {
        Path mnist = IdxReaderTest.MNIST;
        train = IdxReader.read(mnist.resolve("train-5k-images-idx3-ubyte.gz"), mnist.resolve("train-5k-labels-idx1-ubyte.gz"));
        test = IdxReader.read(mnist.resolve("t10k-images-idx3-ubyte.gz"), mnist.resolve("t10k-labels-idx1-ubyte.gz"))
                .head(1000);
    }

    @Test
    void learnsFarBetterThanChanceAndExportsWhatItLearned() throws IOException {
        Trainer.Settings settings = new Trainer.Settings(2, 64, 2e-3, 2e-4, 7);
        try (Cnn cnn = new Cnn(settings.seed())) {
            Trainer.Outcome outcome = new Trainer(settings, new PrintStream(OutputStream.nullOutputStream()))
                    .train(cnn, train, test);

            assertThat(outcome.evaluation().accuracy()).isGreaterThan(0.85);
            assertThat(outcome.imagesPerSecond()).isPositive();

            SavedModelExport.export(cnn.foldedWeights(), cnn.kernelShapes(), new TemperatureScaling(1), dir);
            new ModelCard("test", Cnn.ARCHITECTURE, cnn.parameterCount(), ModelContract.INPUT_DESCRIPTION,
                    ModelContract.OUTPUT_DESCRIPTION, Map.of(),
                    train.size(), 2, 64, 7, Augmenter.DESCRIPTION, 0, 0, outcome.evaluation().accuracy(),
                    outcome.evaluation().perClassAccuracy(), outcome.evaluation().confusion(), "", "").write(dir);
            float[] images = new float[100 * 784];
            for (int i = 0; i < 100; i++) {
                System.arraycopy(Trainer.toFloats(test)[i], 0, images, i * 784, 784);
            }
            float[] inTraining = cnn.predict(images, 100);
            try (DigitClassifier exported = DigitClassifier.load(dir, 1)) {
                float[] reloaded = exported.classify(images, 100);
                for (int i = 0; i < inTraining.length; i++) {
                    assertThat(reloaded[i]).isCloseTo(inTraining[i], within(1e-5f));
                }
                assertThat(Evaluation.measure(test, exported::classify).accuracy())
                        .isEqualTo(outcome.evaluation().accuracy());
                assertThat(exported.card().version()).isEqualTo("test");
            }
        }
    }

    @Test
    void exportsTheTemperatureFoldedIntoTheLastLayer() throws IOException {
        try (Cnn cnn = new Cnn(3)) {
            TemperatureScaling calibration = new TemperatureScaling(2.5);
            SavedModelExport.export(cnn.foldedWeights(), cnn.kernelShapes(), calibration, dir);
            Files.writeString(dir.resolve(ModelContract.CARD_FILE), "{\"version\":\"test\"}");
            float[] images = new float[100 * 784];
            for (int i = 0; i < 100; i++) {
                System.arraycopy(Trainer.toFloats(test)[i], 0, images, i * 784, 784);
            }

            float[] calibrated = calibration.probabilities(cnn.logits(images, 100), ModelContract.CLASSES);
            try (DigitClassifier exported = DigitClassifier.load(dir, 1)) {
                float[] served = exported.classify(images, 100);
                for (int i = 0; i < calibrated.length; i++) {
                    assertThat(served[i]).isCloseTo(calibrated[i], within(1e-5f));
                }
            }
        }
    }

    @Test
    void augmentationKeepsTheDigitRecognisableButChangesIt() {
        float[] digit = Trainer.toFloats(test)[0];
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

    private static double sum(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
