package com.digitrecognizer.training;

import com.digitrecognizer.training.Calibration.Outcomes;
import com.digitrecognizer.training.Calibration.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    @Test
    void eceWeighsEachBinsGapByItsShare() {
        // 0.9 twice, right once: |0.5 - 0.9| x 2/4; 0.6 twice, right twice: |1 - 0.6| x 2/4
        Outcomes outcomes = new Outcomes(new double[] {0.9, 0.9, 0.6, 0.6}, new boolean[] {true, false, true, true});

        assertThat(Calibration.expectedCalibrationError(outcomes)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void aPerfectlyCalibratedSetHasNoCalibrationError() {
        // in each of the 15 bins, 1,000 samples at the bin's middle confidence, that share of them right
        int perBin = 1000;
        double[] confidences = new double[15 * perBin];
        boolean[] correct = new boolean[confidences.length];
        for (int bin = 0; bin < 15; bin++) {
            double confidence = (bin + 0.5) / 15;
            for (int k = 0; k < perBin; k++) {
                confidences[bin * perBin + k] = confidence;
                correct[bin * perBin + k] = k < Math.round(confidence * perBin);
            }
        }

        assertThat(Calibration.expectedCalibrationError(new Outcomes(confidences, correct))).isLessThan(1e-3);
    }

    @Test
    void binsAreClosedAboveSoThatFullConfidenceCountsInTheLastAndZeroInTheFirst() {
        Outcomes outcomes = new Outcomes(new double[] {1.0, 0.0, 1.0 / 15}, new boolean[] {true, false, false});

        // all three where they belong: no gap in either bin but the (0, 1/15] bin's 1/30 mean confidence
        assertThat(Calibration.expectedCalibrationError(outcomes)).isCloseTo(2 * (1.0 / 30) / 3, within(1e-12));
    }

    @Test
    void outcomesTakeTheTopProbabilityAndCompareItsClassWithTheLabel() {
        float[] probabilities = {0.1f, 0.7f, 0.2f, 0.5f, 0.3f, 0.2f};

        Outcomes outcomes = Outcomes.of(probabilities, new int[] {1, 2}, 3);

        assertThat(outcomes.confidences()).containsExactly(new double[] {0.7, 0.5}, within(1e-6));
        assertThat(outcomes.correct()).containsExactly(true, false);
    }

    @Test
    void riskCoverageAcceptsFromTheMostConfidentDownTakingTiesTogether() {
        Outcomes outcomes = new Outcomes(new double[] {0.3, 0.8, 0.9, 0.8}, new boolean[] {false, false, true, true});

        assertThat(Calibration.riskCoverage(outcomes)).containsExactly(
                new Point(0.9, 0.25, 0.0),
                new Point(0.8, 0.75, 1.0 / 3),
                new Point(0.3, 1.0, 0.5));
    }
}
