package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version with one digit network is served at its own bar, recognition.one-network-min-confidence,
 * whichever version was in service before it: an upgraded installation's older version refuses
 * as many non-digits as the release's two networks do at theirs.
 */
@ExtendWith(OutputCaptureExtension.class)
class OneNetworkMinConfidenceTest {

    /**
     * MNIST test digit 3023, an 8 drawn on the pad: the shipped two networks are 0.91 sure of it,
     * the first network alone 0.84 — between the two bars.
     */
    private static final byte[] EIGHT = DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(3023), 280, 220, 30, 30, 0,
            Page.DARK_ON_LIGHT));

    @TempDir
    Path alone;

    @Test
    void theBarFollowsTheVersionInService(CapturedOutput output) throws IOException {
        SecondOpinionTest.copyFirstNetwork(alone);
        RecognitionConfiguration configuration = new RecognitionConfiguration();
        RecognitionProperties defaults = RecognizerTest.properties(4, Duration.ofSeconds(5));
        try (LiveModel live = configuration.liveModel(DigitClassifier.load(RecognizerTest.MODEL, 1), defaults);
             Recognizer recognizer = recognizer(live, defaults)) {
            assertThat(recognizer.recognize(EIGHT).verdict()).isEqualTo(Verdict.DIGIT);
            assertThat(recognizer.read(EIGHT).text()).isEqualTo("8");

            live.swap(DigitClassifier.load(alone, 1)).join();
            Prediction alone = recognizer.recognize(EIGHT);
            assertThat(alone.digit()).isEqualTo(8);
            assertThat(alone.confidence()).isBetween(RecognizerTest.MIN_CONFIDENCE, RecognizerTest.ONE_NETWORK_MIN_CONFIDENCE);
            assertThat(alone.verdict()).isEqualTo(Verdict.UNSURE);
            assertThat(recognizer.read(EIGHT).text()).isEqualTo("?");
            assertThat(output).containsOnlyOnce("no second digit network, no line reader; min confidence 0.870");

            live.swap(DigitClassifier.load(RecognizerTest.MODEL, 1)).join();
            assertThat(recognizer.recognize(EIGHT).verdict()).isEqualTo(Verdict.DIGIT);
            assertThat(output).contains("a line reader; min confidence 0.800");
        }
    }

    @Test
    void itsBarIsASettingOfItsOwn(CapturedOutput output) throws IOException {
        SecondOpinionTest.copyFirstNetwork(alone);
        RecognitionProperties lower = RecognizerTest.oneNetworkAt(alone, RecognizerTest.MIN_CONFIDENCE);
        RecognitionConfiguration configuration = new RecognitionConfiguration();
        try (LiveModel live = configuration.liveModel(configuration.digitClassifier(lower), lower);
             Recognizer recognizer = recognizer(live, lower)) {
            assertThat(output).contains("min confidence 0.800");
            assertThat(recognizer.recognize(EIGHT).verdict()).isEqualTo(Verdict.DIGIT);
            assertThat(recognizer.read(EIGHT).text()).isEqualTo("8");
        }
    }

    private static Recognizer recognizer(LiveModel live, RecognitionProperties properties) {
        return new Recognizer(live, properties, new RecognitionMetrics(new SimpleMeterRegistry(), live.card()));
    }
}
