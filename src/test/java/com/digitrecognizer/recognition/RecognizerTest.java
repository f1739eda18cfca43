package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.HandDrawnNonDigits;
import com.digitrecognizer.MnistTestDigits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.health.contributor.Status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** The recognizer as production runs it, batching on (application.properties); where it matters, off too. */
class RecognizerTest {

    static final Path MODEL = Path.of("saved_model");
    /** recognition.min-confidence as application.properties sets it. */
    static final float MIN_CONFIDENCE = 0.8f;
    /** recognition.one-network-min-confidence as application.properties sets it. */
    static final float ONE_NETWORK_MIN_CONFIDENCE = 0.87f;
    private static DigitClassifier classifier;
    private static Recognizer recognizer;

    @BeforeAll
    static void loadModel() {
        classifier = DigitClassifier.load(MODEL, 1);
        recognizer = recognizer(64, Duration.ofSeconds(5), true);
    }

    @AfterAll
    static void closeModel() {
        recognizer.close();
        classifier.close();
    }

    /** Batching as application.properties has it: up to 32 images, no waiting for company. */
    static RecognitionProperties properties(int maxInFlight, Duration maxWait) {
        return properties(maxInFlight, maxWait, true);
    }

    /** The same, the model at {@code model} and a version with one digit network served at {@code oneNetworkMinConfidence}. */
    static RecognitionProperties oneNetworkAt(Path model, float oneNetworkMinConfidence) {
        return properties(model, 64, Duration.ofSeconds(5), oneNetworkMinConfidence, true);
    }

    private static RecognitionProperties properties(int maxInFlight, Duration maxWait, boolean batching) {
        return properties(MODEL, maxInFlight, maxWait, ONE_NETWORK_MIN_CONFIDENCE, batching);
    }

    private static RecognitionProperties properties(Path model, int maxInFlight, Duration maxWait,
                                                    float oneNetworkMinConfidence, boolean batching) {
        return new RecognitionProperties(model, 1, 4096L * 4096, maxInFlight, maxWait, 1 << 22, MIN_CONFIDENCE,
                oneNetworkMinConfidence, 20, new RecognitionProperties.Batching(batching, 32, Duration.ZERO));
    }

    private static Recognizer recognizer(int maxInFlight, Duration maxWait, boolean batching) {
        return new Recognizer(new LiveModel(classifier), properties(maxInFlight, maxWait, batching),
                new RecognitionMetrics(new SimpleMeterRegistry(), classifier.card()));
    }

    @Test
    void recognisesDrawnMnistDigitsWithAllTheirProbabilities() {
        for (int i = 0; i < 10; i++) {
            byte[] png = DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(i), 280, 220, 30, 30, 0, Page.DARK_ON_LIGHT));

            Prediction prediction = recognizer.recognize(png);

            assertThat(prediction.digit()).isEqualTo(MnistTestDigits.label(i));
            assertThat(prediction.verdict()).isEqualTo(Verdict.DIGIT);
            assertThat(prediction.probabilities()).hasSize(10);
            assertThat(sum(prediction.probabilities()) + prediction.notADigitProbability()).isCloseTo(1.0, within(1e-4));
            assertThat(prediction.notADigitProbability()).isLessThan(prediction.confidence());
            assertThat(prediction.confidence()).isEqualTo(prediction.probabilityOf(prediction.digit()));
            assertThat(prediction.runnerUp()).isNotEqualTo(prediction.digit());
            assertThat(prediction.modelVersion()).isEqualTo(classifier.card().version());
            assertThat(prediction.elapsedMs()).isPositive();
            assertThat(prediction.networkInput()).hasSize(784);
        }
    }

    /** MNIST test digit 4078, a 9 the network is unsure of (0.79): /predict takes the reader's second look too, alone or in a batch. */
    @Test
    void anUnsureDigitIsPredictedAfterASecondLook() {
        DrawnNumbers.Number nine = new DrawnNumbers(4078).of(new int[] {4078}, false);

        Prediction prediction = recognizer.recognize(new InkRaster(nine.width(), nine.height(), nine.coverage()));
        List<Prediction> batch = recognizer.recognizeAll(List.of(DrawnDigits.png(
                DrawnDigits.draw(MnistTestDigits.image(0), 280, 220, 30, 30, 0, Page.DARK_ON_LIGHT)), nine.png()));

        Prediction firstLook = Prediction.of(classifier.classify(prediction.networkInput(), 1), 0, MIN_CONFIDENCE, "", 0, null);
        assertThat(firstLook.verdict()).isEqualTo(Verdict.UNSURE);
        assertThat(prediction.digit()).isEqualTo(9);
        assertThat(prediction.verdict()).isEqualTo(Verdict.DIGIT);
        assertThat(batch).extracting(Prediction::digit, Prediction::verdict)
                .containsExactly(tuple(MnistTestDigits.label(0), Verdict.DIGIT), tuple(9, Verdict.DIGIT));
    }

    /** Issue target: drawings of any size, place, stroke width and polarity within 1 point of MNIST accuracy. */
    @Test
    void drawingsAreRecognisedAsWellAsMnistItself() {
        Random random = new Random(1);
        int count = 1000;
        int mnistCorrect = 0;
        int drawnCorrect = 0;
        for (int i = 0; i < count; i++) {
            int index = random.nextInt(MnistTestDigits.COUNT);
            float[] digit = MnistTestDigits.image(index);
            if (ModelContract.argmax(classifier.classify(digit, 1), 0) == MnistTestDigits.label(index)) {
                mnistCorrect++;
            }
            byte[] png = DrawnDigits.png(DrawnDigits.drawAnyhow(digit, random));
            if (recognizer.recognize(png).digit() == MnistTestDigits.label(index)) {
                drawnCorrect++;
            }
        }
        assertThat((double) drawnCorrect / count)
                .as("drawn %d of %d right, as MNIST %d", drawnCorrect, count, mnistCorrect)
                .isGreaterThanOrEqualTo((double) mnistCorrect / count - 0.01);
    }

    @ParameterizedTest(name = "batching {0}")
    @ValueSource(booleans = {true, false})
    void givesTheSameAnswersFromEightThreadsAtOnce(boolean batching) throws Exception {
        List<byte[]> images = IntStream.range(0, 40).mapToObj(i -> DrawnDigits.png(
                DrawnDigits.draw(MnistTestDigits.image(i), 140, 120, 10, 10, 0, Page.DARK_ON_LIGHT))).toList();
        List<Prediction> alone = images.stream().map(recognizer::recognize).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Recognizer shared = recognizer(64, Duration.ofSeconds(5), batching)) {
            List<Future<Prediction>> together = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (byte[] image : images) {
                    together.add(pool.submit(() -> shared.recognize(image)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                Prediction expected = alone.get(i % images.size());
                Prediction actual = together.get(i).get();
                assertThat(actual.digit()).isEqualTo(expected.digit());
                assertThat(actual.probabilities()).containsExactly(expected.probabilities(), within(1e-5f));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Touching numbers read alone (the line read on the helper while the marks are cut) and four at
     * once (each reading its own line among its candidates) come out the same.
     */
    @Test
    void readsTheSameNumbersAloneAndFourAtOnce() throws Exception {
        DrawnNumbers drawn = new DrawnNumbers(11);
        List<InkRaster> numbers = IntStream.range(0, 12).mapToObj(i -> drawn.next(6, true))
                .map(n -> new InkRaster(n.width(), n.height(), n.coverage())).toList();
        try (Recognizer shared = recognizer(64, Duration.ofSeconds(5), false)) {
            List<Reading> alone = numbers.stream().map(shared::read).toList();

            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Reading>> together = new ArrayList<>();
                for (int round = 0; round < 4; round++) {
                    numbers.forEach(number -> together.add(pool.submit(() -> shared.read(number))));
                }
                for (int i = 0; i < together.size(); i++) {
                    Reading expected = alone.get(i % numbers.size());
                    Reading actual = together.get(i).get();
                    assertThat(actual.text()).as("number %d", i % numbers.size()).isEqualTo(expected.text());
                    assertThat(actual.accepted()).isEqualTo(expected.accepted());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aBatchAnswersInOrderAndNamesTheBadImage() {
        List<byte[]> images = IntStream.range(0, 5).mapToObj(i -> DrawnDigits.png(
                DrawnDigits.draw(MnistTestDigits.image(i), 100, 90, 5, 5, 0, Page.LIGHT_ON_DARK))).toList();

        assertThat(recognizer.recognizeAll(images)).extracting(Prediction::digit).containsExactly(7, 2, 1, 0, 4);

        List<byte[]> withBlank = new ArrayList<>(images);
        withBlank.set(3, DrawnDigits.png(DrawnDigits.draw(new float[784], 100, 90, 5, 5, 0, Page.DARK_ON_LIGHT)));
        assertThatThrownBy(() -> recognizer.recognizeAll(withBlank)).hasMessageStartingWith("Image 4 of 5: ");
    }

    @Test
    void countsEveryVerdictByChannelAndOnlyTheDigitsAnsweredByDigit() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        BufferedImage letter = HandDrawnNonDigits.draw("M", Page.TRANSPARENT, 1).image();

        try (Recognizer counted = new Recognizer(new LiveModel(classifier), properties(64, Duration.ofSeconds(5)),
                new RecognitionMetrics(registry, classifier.card()))) {
            counted.recognize(DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(0), 280, 220, 30, 30, 0,
                    Page.DARK_ON_LIGHT)));
            counted.recognize(new InkRaster(letter.getWidth(), letter.getHeight(), DrawnDigits.coverage(letter)));
        }

        assertThat(registry.get("digits.verdicts").tags("channel", "api", "verdict", "digit").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("digits.verdicts").tags("channel", "view", "verdict", "not-a-digit").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("digits.predictions").tags("channel", "api", "digit", "7").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("digits.predictions").tag("channel", "view").counters())
                .hasSize(10).allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void refusesRatherThanQueuesWhenNoSlotIsFree() {
        byte[] png = DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(0), 100, 90, 5, 5, 0, Page.DARK_ON_LIGHT));

        try (Recognizer saturated = recognizer(0, Duration.ofMillis(1), true)) {
            assertThatThrownBy(() -> saturated.recognize(png))
                    .isInstanceOf(RecognitionException.class)
                    .extracting(e -> ((RecognitionException) e).reason()).isEqualTo(RecognitionException.Reason.BUSY);
        }
    }

    @Test
    void healthStaysUpWhileEverySlotIsTaken() {
        try (Recognizer saturated = recognizer(0, Duration.ofMillis(1), true)) {
            assertThat(new ModelHealthIndicator(saturated).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void healthFollowsWhetherTheProbeDigitComesOutRight() {
        byte[] two = DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(1), 100, 90, 5, 5, 0, Page.DARK_ON_LIGHT));

        assertThat(new ModelHealthIndicator(recognizer).health().getStatus()).isEqualTo(Status.UP);
        assertThat(new ModelHealthIndicator(recognizer, two, 7).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(new ModelHealthIndicator(recognizer, new byte[] {1, 2, 3}, 7).health().getStatus())
                .isEqualTo(Status.DOWN);
    }

    @Test
    void aMissingOrBrokenModelIsNamedWithItsCause(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> DigitClassifier.load(dir.resolve("nowhere"), 1))
                .isInstanceOf(DigitClassifier.ModelLoadException.class)
                .hasMessageContaining(dir.resolve("nowhere").toString())
                .hasMessageContaining("saved_model.pb is missing");

        Files.write(dir.resolve("saved_model.pb"), new byte[] {1, 2, 3, 4});
        Files.copy(MODEL.resolve("model.json"), dir.resolve("model.json"));
        assertThatThrownBy(() -> DigitClassifier.load(dir, 1))
                .isInstanceOf(DigitClassifier.ModelLoadException.class)
                .hasMessageContaining("Cannot load the TensorFlow SavedModel at " + dir);
    }

    private static double sum(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
