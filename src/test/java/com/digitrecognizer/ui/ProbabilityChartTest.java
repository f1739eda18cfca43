package com.digitrecognizer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the application's Spring context (shared with the other view tests), so that the root route can open. */
@SpringBootTest
class ProbabilityChartTest extends SpringBrowserlessTest {

    private static final float[] SEVEN = {0, 0, 0.001f, 0, 0, 0, 0, 0.998f, 0.001f, 0};

    private final ProbabilityChart chart = new ProbabilityChart();

    @BeforeEach
    void addChart() {
        UI.getCurrent().add(chart);
    }

    @Test
    void sendsTheDigitsAndNotADigitToTheElement() {
        chart.setProbabilities(SEVEN, 0.0005f);

        assertThat(shown(chart)).containsExactly(SEVEN);
        assertThat(notADigitShown(chart)).isEqualTo(0.0005f);
    }

    @Test
    void clearShowsNoBars() {
        chart.setProbabilities(SEVEN, 0.0005f);
        chart.clear();

        assertThat(shown(chart)).isEmpty();
        assertThat(notADigitShown(chart)).isZero();
    }

    @Test
    void rejectsAnythingButTenDigitProbabilities() {
        assertThatThrownBy(() -> chart.setProbabilities(new float[11], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The digits' probabilities the chart's element has, as the browser gets them. */
    static float[] shown(ProbabilityChart chart) {
        JsonNode property = (JsonNode) chart.getElement().getPropertyRaw("probabilities");
        float[] probabilities = new float[property.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = property.get(i).floatValue();
        }
        return probabilities;
    }

    /** The probability of "not a digit" the chart's element has. */
    static float notADigitShown(ProbabilityChart chart) {
        return (float) chart.getElement().getProperty("notADigit", -1.0);
    }
}
