package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;

import static com.digitrecognizer.recognition.LineContract.BLANK;
import static com.digitrecognizer.recognition.LineContract.CLASSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinePathTest {

    /** Positions each sure of one class (probability {@code sure}, the rest shared by the others). */
    private static float[] steps(float sure, int... classes) {
        float[] steps = new float[classes.length * CLASSES];
        for (int t = 0; t < classes.length; t++) {
            for (int c = 0; c < CLASSES; c++) {
                steps[t * CLASSES + c] = c == classes[t] ? sure : (1 - sure) / (CLASSES - 1);
            }
        }
        return steps;
    }

    @Test
    void repeatsMergeAndBlanksSeparate() {
        LinePath path = LinePath.of(steps(1, BLANK, 2, 2, BLANK, 0, 2, BLANK, 2, 6, 6, BLANK), 0, 11);

        assertThat(path.text()).isEqualTo("20226");
        assertThat(path.digits()).extracting(LinePath.Digit::first).containsExactly(1, 4, 5, 7, 8);
        assertThat(path.digits()).extracting(LinePath.Digit::last).containsExactly(2, 4, 5, 7, 9);
        assertThat(path.probability()).isCloseTo(1, within(1e-9));
    }

    @Test
    void aDigitKeepsTheProbabilitiesWhereItWasSurest() {
        float[] steps = steps(0.6f, BLANK, 7, 7, BLANK);
        System.arraycopy(steps(0.95f, 7), 0, steps, 2 * CLASSES, CLASSES);

        LinePath.Digit seven = LinePath.of(steps, 0, 4).digits().getFirst();

        assertThat(seven.surest()).isEqualTo(2);
        assertThat(seven.probabilities()[7]).isEqualTo(0.95f);
    }

    @Test
    void theTextsProbabilitySumsEveryAlignment() {
        // two positions, each 0.5 "4" and 0.5 blank: "4" is read by 4-4, 4-blank and blank-4
        float[] steps = new float[2 * CLASSES];
        steps[4] = 0.5f;
        steps[BLANK] = 0.5f;
        steps[CLASSES + 4] = 0.5f;
        steps[CLASSES + BLANK] = 0.5f;

        LinePath path = LinePath.of(steps, 0, 2);

        assertThat(path.text()).isEqualTo("4");
        assertThat(path.probability()).isCloseTo(0.75, within(1e-6));
    }

    @Test
    void aBlankLineSpellsNothingForSure() {
        LinePath path = LinePath.of(steps(1, BLANK, BLANK, BLANK), 0, 3);

        assertThat(path.text()).isEmpty();
        assertThat(path.probability()).isCloseTo(1, within(1e-9));
    }

    @Test
    void theSameDigitTwiceNeedsABlankBetween() {
        // "11" cannot come from 1-1 without a blank: with none, the two ones are one
        assertThat(LinePath.of(steps(1, 1, 1), 0, 2).text()).isEqualTo("1");
        assertThat(LinePath.of(steps(1, 1, BLANK, 1), 0, 3).text()).isEqualTo("11");
    }
}
