package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A version with one digit network served at a bar meant for two is told to the operator, with both ways out. */
@ExtendWith(OutputCaptureExtension.class)
class OneNetworkBarTest {

    @TempDir
    Path alone;

    @Test
    void aVersionWithOneNetworkUnderItsBarIsWarnedOf() throws IOException {
        SecondOpinionTest.copyFirstNetwork(alone);
        try (DigitClassifier classifier = DigitClassifier.load(alone, 1)) {
            assertThat(OneNetworkBar.warning(classifier, 0.8f)).hasValueSatisfying(warning -> assertThat(warning)
                    .contains("Model " + classifier.card().version() + " has no second digit network",
                            "min-confidence 0.80", "\"Upgrading\"", "recognition.min-confidence=0.87"));
            assertThat(OneNetworkBar.warning(classifier, OneNetworkBar.ONE_NETWORK)).isEmpty();
        }
    }

    @Test
    void theShippedVersionWithItsSecondNetworkIsNot() {
        try (DigitClassifier shipped = DigitClassifier.load(RecognizerTest.MODEL, 1)) {
            assertThat(OneNetworkBar.warning(shipped, RecognizerTest.MIN_CONFIDENCE)).isEmpty();
        }
    }

    @Test
    void theWarningIsLoggedAtStartUpAndWhenSuchAVersionGoesLive(CapturedOutput output) throws IOException {
        SecondOpinionTest.copyFirstNetwork(alone);
        RecognitionConfiguration configuration = new RecognitionConfiguration();
        RecognitionProperties shipped = RecognizerTest.properties(4, Duration.ofSeconds(1));

        try (LiveModel live = configuration.liveModel(configuration.digitClassifier(shipped), shipped)) {
            assertThat(output).doesNotContain("has no second digit network");
            live.swap(DigitClassifier.load(alone, 1)).join();
            assertThat(output).containsOnlyOnce("has no second digit network");
        }
        RecognitionProperties oneNetwork = new RecognitionProperties(alone, 1, 4096L * 4096, 4, Duration.ofSeconds(1),
                RecognizerTest.MIN_CONFIDENCE, 20, shipped.batching());
        configuration.digitClassifier(oneNetwork).close();
        assertThat(output.getAll().split("has no second digit network", -1)).hasSize(3);
    }
}
