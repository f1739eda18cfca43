package com.digitrecognizer.ui;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A bar chart of the probability of each digit and, set apart, of "not a digit", the most probable
 * of them highlighted ({@code frontend/probability-chart.ts}, drawn with Chart.js).
 */
@Tag("probability-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./probability-chart.ts")
class ProbabilityChart extends Component implements HasSize {

    private static final int DIGITS = 10;

    /** Shows the probabilities of the digits 0-9 and the probability that the drawing is no digit at all. */
    void setProbabilities(float[] digits, float notADigit) {
        if (digits.length != DIGITS) {
            throw new IllegalArgumentException("Expected " + DIGITS + " probabilities, got " + digits.length);
        }
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (float probability : digits) {
            json.add(probability);
        }
        getElement().setPropertyJson("probabilities", json);
        getElement().setProperty("notADigit", notADigit);
    }

    /** Shows no bars: there is no prediction. */
    void clear() {
        getElement().setPropertyJson("probabilities", JsonNodeFactory.instance.arrayNode());
        getElement().setProperty("notADigit", 0);
    }
}
