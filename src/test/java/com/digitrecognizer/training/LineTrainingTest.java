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
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The line reader learns to spell out lines of digits on top of the shipped digit network, in a
 * few hundred steps on the committed digits, and what it exports loads beside the digit network;
 * a polish of it and its parent average, weight by weight, into a reader that still reads.
 */
class LineTrainingTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    /** A copy of the shipped model, its line reader taken out. */
    private Path shippedWithoutLineReader(String name) throws IOException {
        Path model = dir.resolve(name);
        Folders.copy(FineTuneTest.SHIPPED, model);
        Folders.delete(model.resolve(LineContract.FOLDER));
        return model;
    }

    private static void assertLoadsWithALineReader(Path model) {
        try (DigitClassifier classifier = DigitClassifier.load(model, 1)) {
            assertThat(classifier.readsLines()).isTrue();
        }
    }

    /** Trains {@code model}'s line reader on the committed digits, judged on the last 500. */
    private static double train(Path model, LineCommand.Settings settings) throws Exception {
        MnistData fixture = IdxReaderTest.trainingFixture();
        return LineCommand.train(model, fixture.head(4500), FontDigits.Written.NONE, fixture.tail(500), settings, QUIET);
    }

    /**
     * A line reader holds its own copy of the layers it began from: polished beside a narrower digit
     * network, it is the same reader as beside one as wide as it began on (the shipped reader's, the
     * default widths; the shipped digit network is itself narrower since round 64).
     */
    @Test
    void aLineReaderResumedBesideANarrowerDigitNetworkKeepsItsOwnLayers() {
        FoldedCnn.Weights line = FoldedCnn.read(FineTuneTest.SHIPPED.resolve(LineContract.FOLDER));
        FoldedCnn.Weights asWide = digitNetwork(Cnn.Widths.DEFAULT);
        FoldedCnn.Weights narrow = digitNetwork(new Cnn.Widths(8, 16, 24));
        float[] pixels = new float[LineContract.HEIGHT * LineCommand.WIDTH];
        Random random = new Random(3);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat() < 0.2f ? 1 : 0;
        }

        try (LineNetwork besideAsWide = new LineNetwork(asWide, line, 1);
             LineNetwork besideNarrow = new LineNetwork(narrow, line, 1)) {
            assertThat(besideNarrow.probabilities(pixels, LineCommand.WIDTH, 1))
                    .containsExactly(besideAsWide.probabilities(pixels, LineCommand.WIDTH, 1));
        }
    }

    /** The weights of a new digit network {@code widths} wide, as a line reader begins on them. */
    private static FoldedCnn.Weights digitNetwork(Cnn.Widths widths) {
        try (Cnn cnn = new Cnn(1, widths)) {
            return new FoldedCnn.Weights(cnn.foldedWeights(), cnn.kernelShapes());
        }
    }

    @Test
    void learnsToReadLinesAndExportsAReaderTheModelLoads() throws Exception {
        Path model = shippedWithoutLineReader("model");

        double exact = train(model, new LineCommand.Settings(300, 64, 1e-3, 7, false, 0, 0));

        assertThat(exact).as("lines of unseen digits read exactly; next to none by chance").isGreaterThan(0.3);
        assertThat(model.resolve(LineContract.FOLDER).resolve("saved_model.pb")).isRegularFile();
        assertLoadsWithALineReader(model);
    }

    @Test
    void resumingPolishesEveryLayerOfTheShippedReaderAndKeepsItReading() throws Exception {
        Path model = dir.resolve("resumed");
        Folders.copy(FineTuneTest.SHIPPED, model);
        Path line = model.resolve(LineContract.FOLDER);
        float[] firstKernel = FoldedCnn.read(line).layers().getFirst().kernel();

        double exact = train(model, new LineCommand.Settings(40, 32, 1e-4, 7, true, 0, 0));

        assertThat(exact).as("lines of unseen digits read exactly after polishing").isGreaterThan(0.8);
        assertThat(FoldedCnn.read(line).layers().getFirst().kernel()).as("the first convolution learned too")
                .isNotEqualTo(firstKernel);
    }

    @Test
    void aSoupAveragesEachWeightOfTheLineReadersAndStillReads() throws Exception {
        Path model = dir.resolve("soup");
        Path polished = dir.resolve("polished");
        Folders.copy(FineTuneTest.SHIPPED, model);
        Folders.copy(FineTuneTest.SHIPPED, polished);
        train(polished, new LineCommand.Settings(20, 32, 1e-3, 9, true, 0, 0));
        float[] own = FoldedCnn.read(model.resolve(LineContract.FOLDER)).layers().getFirst().kernel();
        float[] other = FoldedCnn.read(polished.resolve(LineContract.FOLDER)).layers().getFirst().kernel();

        double exact = LineSoup.make(model, List.of(polished), IdxReaderTest.trainingFixture().tail(500), QUIET);

        float[] soup = FoldedCnn.read(model.resolve(LineContract.FOLDER)).layers().getFirst().kernel();
        assertThat(other).as("the polish moved the weights").isNotEqualTo(own);
        for (int i = 0; i < soup.length; i++) {
            assertThat(soup[i]).isCloseTo((own[i] + other[i]) / 2, within(1e-6f));
        }
        assertThat(exact).as("lines of unseen digits read exactly by the soup").isGreaterThan(0.8);
        assertLoadsWithALineReader(model);
    }

    @Test
    void aSoupOfOneOrOfAModelWithoutALineReaderIsRefused() throws Exception {
        Path model = dir.resolve("alone");
        Folders.copy(FineTuneTest.SHIPPED, model);
        Path withoutReader = shippedWithoutLineReader("without");
        MnistData fixture = IdxReaderTest.trainingFixture();

        assertThatThrownBy(() -> LineSoup.make(model, List.of(), fixture.tail(10), QUIET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--with");
        assertThatThrownBy(() -> LineSoup.make(model, List.of(withoutReader), fixture.tail(10), QUIET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No line reader in");
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
                new LineCommand.Settings(1, 8, 1e-4, 7, resume, fontLines, warped), QUIET))
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
