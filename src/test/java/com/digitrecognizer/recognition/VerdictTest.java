package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule that turns the eleven probabilities into a verdict, on made-up model outputs. */
class VerdictTest {

    private static final float MIN_CONFIDENCE = 0.9f;

    @Test
    void aDigitAtLeastAsProbableAsTheThresholdIsTheAnswer() {
        Prediction prediction = judge(new float[] {0, 0, 0, 0, 0.02f, 0, 0, 0, 0, 0.95f}, 0.03f);

        assertThat(prediction.verdict()).isEqualTo(Verdict.DIGIT);
        assertThat(prediction.accepted()).isTrue();
        assertThat(prediction.digit()).isEqualTo(9);
        assertThat(prediction.candidates()).isEmpty();
    }

    @Test
    void theThresholdItselfIsEnough() {
        assertThat(judge(new float[] {0, 0, 0, 0, 0, 0, 0, 0.9f, 0.05f, 0}, 0.05f).verdict()).isEqualTo(Verdict.DIGIT);
    }

    @Test
    void aDigitBelowTheThresholdIsUnsureBetweenTheTwoLikeliest() {
        Prediction prediction = judge(new float[] {0, 0, 0, 0, 0.35f, 0, 0, 0.05f, 0, 0.5f}, 0.1f);

        assertThat(prediction.verdict()).isEqualTo(Verdict.UNSURE);
        assertThat(prediction.accepted()).isFalse();
        assertThat(prediction.candidates()).containsExactly(9, 4);
    }

    @Test
    void notADigitWinsWhenItIsTheMostProbableClass() {
        Prediction prediction = judge(new float[] {0, 0, 0, 0, 0.1f, 0, 0, 0, 0, 0.2f}, 0.7f);

        assertThat(prediction.verdict()).isEqualTo(Verdict.NOT_A_DIGIT);
        assertThat(prediction.accepted()).isFalse();
        assertThat(prediction.candidates()).isEmpty();
        assertThat(prediction.digit()).isEqualTo(9); // still the likeliest digit, for who wants it
    }

    @Test
    void aTieBetweenADigitAndNotADigitIsRefused() {
        assertThat(judge(new float[] {0, 0, 0, 0, 0, 0, 0, 0.5f, 0, 0}, 0.5f).verdict()).isEqualTo(Verdict.NOT_A_DIGIT);
    }

    @Test
    void notADigitBelowTheBestDigitLeavesTheThresholdToDecide() {
        // "not a digit" second to a digit that is not probable enough: the drawing looks like a digit, unsurely
        assertThat(judge(new float[] {0, 0, 0.05f, 0.5f, 0, 0, 0, 0, 0.05f, 0}, 0.4f).verdict())
                .isEqualTo(Verdict.UNSURE);
    }

    @Test
    void theLabelsAreTheApisAndTheMetricsNames() {
        assertThat(Verdict.values()).extracting(Verdict::label).containsExactly("digit", "unsure", "not-a-digit");
    }

    @Test
    void bothBarsMustBeProbabilities() {
        for (float outside : new float[] {-0.1f, 1.1f, Float.NaN}) {
            assertThatThrownBy(() -> properties(outside, 0.87f))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recognition.min-confidence");
            assertThatThrownBy(() -> properties(0.8f, outside))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("recognition.one-network-min-confidence");
        }
    }

    private static RecognitionProperties properties(float minConfidence, float oneNetworkMinConfidence) {
        return new RecognitionProperties(Path.of("saved_model"), 1, 1, 1, Duration.ZERO, 1, minConfidence,
                oneNetworkMinConfidence, 20, new RecognitionProperties.Batching(false, 1, Duration.ZERO));
    }

    /** The prediction for one image whose model output is the ten digit probabilities, then "not a digit". */
    private static Prediction judge(float[] digits, float notADigit) {
        float[] output = new float[ModelContract.CLASSES];
        System.arraycopy(digits, 0, output, 0, ModelContract.DIGITS);
        output[ModelContract.NOT_A_DIGIT] = notADigit;
        return Prediction.of(output, 0, MIN_CONFIDENCE, "test", 0, new float[ModelContract.PIXELS]);
    }
}
