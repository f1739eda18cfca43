package com.digitrecognizer.training;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TemperatureScalingTest {

    private static final int CLASSES = 4;

    @Test
    void probabilitiesAreTheSoftmaxOfTheLogitsOverTheTemperature() {
        float[] logits = {0, (float) Math.log(3)};

        assertThat(new TemperatureScaling(1).probabilities(logits, 2)).containsExactly(new float[] {0.25f, 0.75f}, within(1e-6f));
        // ln 3 / 2 = ln sqrt 3: 1 : 1.732
        assertThat(new TemperatureScaling(2).probabilities(logits, 2))
                .containsExactly(new float[] {0.3660f, 0.6340f}, within(1e-4f));
    }

    @Test
    void recoversTheTemperatureTheLabelsWereDrawnWith() {
        for (double truth : new double[] {0.5, 1, 2.5}) {
            float[] logits = randomLogits(20_000, new Random(1));
            int[] labels = labelsDrawnFrom(logits, truth, new Random(2));

            TemperatureScaling fitted = TemperatureScaling.fit(logits, labels, CLASSES);

            assertThat(fitted.temperature()).as("drawn at T = %s", truth).isCloseTo(truth, within(0.06 * truth));
        }
    }

    @Test
    void overConfidentLogitsAreCooledDownWithATemperatureAboveOne() {
        // the network always says 99 % for its answer, which is right only 70 % of the time
        Random random = new Random(3);
        int count = 5000;
        float[] logits = new float[count * CLASSES];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int answer = random.nextInt(CLASSES);
            logits[i * CLASSES + answer] = (float) Math.log(99 * (CLASSES - 1));
            labels[i] = random.nextDouble() < 0.7 ? answer : (answer + 1 + random.nextInt(CLASSES - 1)) % CLASSES;
        }

        TemperatureScaling fitted = TemperatureScaling.fit(logits, labels, CLASSES);
        float[] probabilities = fitted.probabilities(logits, CLASSES);

        assertThat(fitted.temperature()).isGreaterThan(1);
        Calibration.Outcomes before = Calibration.Outcomes.of(new TemperatureScaling(1).probabilities(logits, CLASSES), labels, CLASSES);
        Calibration.Outcomes after = Calibration.Outcomes.of(probabilities, labels, CLASSES);
        assertThat(before.confidences()[0]).isCloseTo(0.99, within(1e-6));
        assertThat(after.confidences()[0]).isCloseTo(0.7, within(0.02));
        assertThat(Calibration.expectedCalibrationError(after)).isLessThan(0.02);
        assertThat(Calibration.expectedCalibrationError(before)).isGreaterThan(0.25);
    }

    @Test
    void theFittedTemperatureIsTheLeastNegativeLogLikelihood() {
        float[] logits = randomLogits(2000, new Random(4));
        int[] labels = labelsDrawnFrom(logits, 1.7, new Random(5));

        double t = TemperatureScaling.fit(logits, labels, CLASSES).temperature();

        double best = TemperatureScaling.negativeLogLikelihood(logits, labels, CLASSES, t);
        assertThat(best).isLessThan(TemperatureScaling.negativeLogLikelihood(logits, labels, CLASSES, t * 1.01));
        assertThat(best).isLessThan(TemperatureScaling.negativeLogLikelihood(logits, labels, CLASSES, t / 1.01));
    }

    @Test
    void separableDataEndsAtTheColdestTemperatureAndBadInputIsRefused() {
        float[] logits = {5, 0, 0, 0, 0, 5, 0, 0};

        assertThat(TemperatureScaling.fit(logits, new int[] {0, 1}, CLASSES).temperature())
                .isCloseTo(TemperatureScaling.COLDEST, within(1e-6));
        assertThatThrownBy(() -> TemperatureScaling.fit(logits, new int[] {0}, CLASSES))
                .hasMessageContaining("1 samples of 4 classes need 4 logits, got 8");
        assertThatThrownBy(() -> TemperatureScaling.fit(logits, new int[] {0, 4}, CLASSES))
                .hasMessageContaining("label 4");
        assertThatThrownBy(() -> new TemperatureScaling(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] randomLogits(int count, Random random) {
        float[] logits = new float[count * CLASSES];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) (3 * random.nextGaussian());
        }
        return logits;
    }

    /** Labels drawn from softmax(logits / temperature): the temperature at which these logits are calibrated. */
    private static int[] labelsDrawnFrom(float[] logits, double temperature, Random random) {
        float[] probabilities = new TemperatureScaling(temperature).probabilities(logits, CLASSES);
        int[] labels = new int[logits.length / CLASSES];
        for (int i = 0; i < labels.length; i++) {
            double pick = random.nextDouble();
            int label = 0;
            while (label < CLASSES - 1 && (pick -= probabilities[i * CLASSES + label]) >= 0) {
                label++;
            }
            labels[i] = label;
        }
        return labels;
    }
}
