package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The very model we ship, loaded from saved_model/, and its second digit network, on all 10,000 MNIST test digits. */
class ShippedModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"saved_model", "saved_model/second"})
    void scoresAtLeast99Point5PercentOnTheMnistTestSet(String folder) throws IOException {
        MnistData test = IdxReaderTest.testDigits();

        try (DigitClassifier classifier = DigitClassifier.load(Path.of(folder), 2)) {
            Evaluation evaluation = Evaluation.measure(test, classifier::classify);

            assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.995);
            assertThat(classifier.card().testAccuracy()).isCloseTo(evaluation.accuracy(), within(1e-9));
        }
    }
}
