package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.LineContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The line reader learns to spell out lines of digits on top of the shipped digit network, in a
 * few hundred steps on the committed digits, and what it exports loads beside the digit network.
 */
class LineTrainingTest {

    @TempDir
    Path dir;

    /** A copy of the shipped model, its line reader taken out. */
    private Path shippedWithoutLineReader(String name) throws IOException {
        Path model = dir.resolve(name);
        Folders.copy(FineTuneTest.SHIPPED, model);
        Folders.delete(model.resolve(LineContract.FOLDER));
        return model;
    }

    @Test
    void learnsToReadLinesAndExportsAReaderTheModelLoads() throws Exception {
        Path model = shippedWithoutLineReader("model");
        MnistData fixture = IdxReaderTest.trainingFixture();

        double exact = LineCommand.train(model, fixture.head(4500), FontDigits.Written.NONE, fixture.tail(500),
                new LineCommand.Settings(300, 64, 1e-3, 7, false, 0, 0), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(exact).as("lines of unseen digits read exactly; next to none by chance").isGreaterThan(0.3);
        assertThat(model.resolve(LineContract.FOLDER).resolve("saved_model.pb")).isRegularFile();
        try (DigitClassifier classifier = DigitClassifier.load(model, 1)) {
            assertThat(classifier.readsLines()).isTrue();
        }
    }

    @Test
    void resumingPolishesEveryLayerOfTheShippedReaderAndKeepsItReading() throws Exception {
        Path model = dir.resolve("resumed");
        Folders.copy(FineTuneTest.SHIPPED, model);
        Path line = model.resolve(LineContract.FOLDER);
        float[] firstKernel = FoldedCnn.read(line).layers().getFirst().kernel();
        MnistData fixture = IdxReaderTest.trainingFixture();

        double exact = LineCommand.train(model, fixture.head(4500), FontDigits.Written.NONE, fixture.tail(500),
                new LineCommand.Settings(40, 32, 1e-4, 7, true, 0, 0), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(exact).as("lines of unseen digits read exactly after polishing").isGreaterThan(0.8);
        assertThat(FoldedCnn.read(line).layers().getFirst().kernel()).as("the first convolution learned too")
                .isNotEqualTo(firstKernel);
    }

    /** Settings a model without a line reader cannot train with, and what it says before any training. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "true, 0, 0, No line reader to resume",
            "false, 25, 0, '--font-lines is a share of the lines, from 0 to 1: 25'", // a percentage meant
            "false, 0, 50, '--warped is a share of the marks, from 0 to 1: 50'",
    })
    void settingsThatCannotTrainAreRefusedBeforeAnyTraining(boolean resume, double fontLines, double warped,
                                                            String message)
            throws Exception {
        Path model = shippedWithoutLineReader("refused");
        MnistData fixture = IdxReaderTest.trainingFixture();

        assertThatThrownBy(() -> LineCommand.train(model, fixture.head(100), FontDigits.Written.NONE, fixture.tail(100),
                new LineCommand.Settings(1, 8, 1e-4, 7, resume, fontLines, warped),
                new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(model.resolve(LineContract.FOLDER)).doesNotExist();
    }

    @Test
    void aBrokenLineReaderMakesTheModelFailToLoadSayingWhy() throws Exception {
        Path model = dir.resolve("broken-line");
        Folders.copy(FineTuneTest.SHIPPED, model);
        Files.writeString(model.resolve(LineContract.FOLDER).resolve("saved_model.pb"), "not a graph");

        assertThatThrownBy(() -> DigitClassifier.load(model, 1))
                .isInstanceOf(DigitClassifier.ModelLoadException.class)
                .hasMessageContaining("line reader");
    }

    @Test
    void aModelWithoutALineReaderStillLoads() throws Exception {
        Path model = shippedWithoutLineReader("digits-only");

        try (DigitClassifier classifier = DigitClassifier.load(model, 1)) {
            assertThat(classifier.readsLines()).isFalse();
        }
        assertThat(Files.exists(model.resolve("saved_model.pb"))).isTrue();
    }
}
