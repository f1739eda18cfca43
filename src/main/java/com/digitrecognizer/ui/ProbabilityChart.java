package com.digitrecognizer.ui;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A bar chart of the probability of each digit, the most probable one highlighted
 * ({@code frontend/probability-chart.ts}, drawn with Chart.js).
 */
@Tag("probability-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./probability-chart.ts")
class ProbabilityChart extends Component implements HasSize {

    private static final int DIGITS = 10;

    /** Shows the probabilities of the digits 0-9; null or empty clears the chart. */
    void setProbabilities(float[] probabilities) {
        if (probabilities != null && probabilities.length != 0 && probabilities.length != DIGITS) {
            throw new IllegalArgumentException(
                    "Expected " + DIGITS + " probabilities, got " + probabilities.length);
        }
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        if (probabilities != null) {
            for (float probability : probabilities) {
                json.add(probability);
            }
        }
        getElement().setPropertyJson("probabilities", json);
    }
}
