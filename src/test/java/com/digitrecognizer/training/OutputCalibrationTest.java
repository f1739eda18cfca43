package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OutputCalibrationTest {

    @Test
    void theSameShareMovesNothingAndARarerOneLowersTheOddsOfNotADigitByTheRatioOfThePriorOdds() {
        assertThat(OutputCalibration.priorOffset(1 / 6.0, 1 / 6.0)).isCloseTo(0, within(1e-12));

        float[] logits = new float[ModelContract.CLASSES];
        logits[3] = 2;
        logits[ModelContract.NOT_A_DIGIT] = 2;
        double offset = OutputCalibration.priorOffset(0.5, 0.2);
        float[] probabilities = new OutputCalibration(new TemperatureScaling(1), offset).probabilities(logits);

        // even odds between 3 and "not a digit" become the prior odds 0.2 : 0.8
        assertThat(probabilities[ModelContract.NOT_A_DIGIT] / probabilities[3]).isCloseTo(0.25f, within(1e-5f));
    }

    @Test
    void theOffsetActsAfterTheTemperature() {
        float[] logits = new float[ModelContract.CLASSES];
        logits[ModelContract.NOT_A_DIGIT] = 4;
        float[] probabilities = new OutputCalibration(new TemperatureScaling(2), -2).probabilities(logits);

        // 4 / 2 - 2 = 0: "not a digit" as likely as any digit
        assertThat(probabilities[ModelContract.NOT_A_DIGIT]).isCloseTo(probabilities[0], within(1e-6f));
    }

    @Test
    void refusesSharesThatAreNoProbability() {
        assertThatThrownBy(() -> OutputCalibration.priorOffset(1 / 6.0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutputCalibration.priorOffset(1, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
