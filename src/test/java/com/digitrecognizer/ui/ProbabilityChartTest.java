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
    void sendsTheProbabilitiesToTheElement() {
        chart.setProbabilities(SEVEN);

        assertThat(shown(chart)).containsExactly(SEVEN);
    }

    @Test
    void nullOrEmptyClearsTheChart() {
        chart.setProbabilities(SEVEN);
        chart.setProbabilities(null);

        assertThat(shown(chart)).isEmpty();

        chart.setProbabilities(SEVEN);
        chart.setProbabilities(new float[0]);

        assertThat(shown(chart)).isEmpty();
    }

    @Test
    void rejectsAnythingButTenProbabilities() {
        assertThatThrownBy(() -> chart.setProbabilities(new float[9]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The probabilities the chart's element has, as the browser gets them. */
    static float[] shown(ProbabilityChart chart) {
        JsonNode property = (JsonNode) chart.getElement().getPropertyRaw("probabilities");
        float[] probabilities = new float[property.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = property.get(i).floatValue();
        }
        return probabilities;
    }
}
