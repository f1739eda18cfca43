package com.digitrecognizer.ui.admin;

import com.digitrecognizer.corrections.Confusion;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Model answer (rows) against the correct label (columns) as a heat map in plain HTML and CSS: a
 * cell's colour is its share of the largest count, its number the count itself. Only the
 * {@link #MAX_LABELS} most frequent answers and labels, so that numbers cannot make it endless.
 * Also a model card's errors on its test set (the models view).
 */
public final class ConfusionChart extends Div {

    static final int MAX_LABELS = 12;

    public ConfusionChart() {
        addClassName("confusion");
    }

    public void show(List<Confusion> cells) {
        removeAll();
        if (cells.isEmpty()) {
            add(new Span("No corrections match the filters."));
            return;
        }
        Set<String> answers = top(cells, true);
        Set<String> labels = top(cells, false);
        long max = cells.getFirst().count(); // the queries give the most frequent first
        getStyle().set("grid-template-columns", "auto repeat(" + labels.size() + ", minmax(2.5rem, auto))");
        add(cell("answer \\ right", "corner"));
        labels.forEach(label -> add(cell(label, "head")));
        for (String answer : answers) {
            add(cell(answer, "head"));
            for (String label : labels) {
                long count = cells.stream().filter(c -> c.modelAnswer().equals(answer) && c.label().equals(label))
                        .mapToLong(Confusion::count).sum();
                Span value = cell(count == 0 ? "" : String.valueOf(count), "value");
                value.getStyle().set("background", String.format(Locale.ROOT,
                        "color-mix(in srgb, var(--lumo-error-color) %d%%, transparent)", Math.round(100.0 * count / max)));
                value.getElement().setAttribute("title", "model said " + answer + ", right is " + label + ": " + count);
                add(value);
            }
        }
    }

    private static Set<String> top(List<Confusion> cells, boolean answers) {
        Set<String> top = new LinkedHashSet<>();
        for (Confusion cell : cells) {
            if (top.size() < MAX_LABELS) {
                top.add(answers ? cell.modelAnswer() : cell.label());
            }
        }
        return new TreeSet<>(top);
    }

    private static Span cell(String text, String kind) {
        Span cell = new Span(text);
        cell.addClassName(kind);
        return cell;
    }
}
