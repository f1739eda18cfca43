package com.digitrecognizer.ui.admin.models;

import com.digitrecognizer.models.ModelVersion;
import com.digitrecognizer.models.VersionComparison.Comparison;
import com.digitrecognizer.models.VersionComparison.Disagreement;
import com.digitrecognizer.models.VersionComparison;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.ui.Thumbnails;
import com.digitrecognizer.ui.admin.ButtonRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Two versions side by side: each class's accuracy from their cards, and the corrected drawings
 * on which their answers differ, as thumbnails with the right answer and each version's.
 */
final class VersionCompare extends VerticalLayout {

    /** Thumbnails shown at most: enough to see a pattern, few enough for one page. */
    static final int MAX_SHOWN = 120;

    private final VersionComparison comparison;
    private final Select<ModelVersion> first = chooser("first", "Version");
    private final Select<ModelVersion> second = chooser("second", "against");
    private final Grid<Integer> perClass = new Grid<>();
    private final Span summary = new Span();
    private final Div drawings = new Div();

    VersionCompare(VersionComparison comparison) {
        this.comparison = comparison;
        setPadding(false);
        Button compare = new Button("Compare", click -> compare());
        compare.setId("compare");
        ButtonRow choice = new ButtonRow(first, second, compare);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        perClass.setId("per-class");
        perClass.setAllRowsVisible(true);
        perClass.setVisible(false);
        summary.setId("comparison-summary");
        drawings.setId("disagreements");
        drawings.addClassName("disagreements");
        add(choice, perClass, summary, drawings);
    }

    /** The versions to choose from: those that can serve. */
    void versions(List<ModelVersion> versions) {
        List<ModelVersion> serving = versions.stream().filter(v -> v.status() == ModelVersion.Status.OK).toList();
        first.setItems(serving);
        second.setItems(serving);
    }

    private void compare() {
        if (first.isEmpty() || second.isEmpty()) {
            summary.setText("Choose two versions.");
            return;
        }
        Comparison result = comparison.compare(first.getValue(), second.getValue());
        showPerClass(first.getValue(), second.getValue());
        summary.setText(result.digits() == 0 ? "No corrected drawings to compare them on yet."
                : String.format(Locale.ROOT, "On the %d digits of the newest corrected drawings: version %d right on %d,"
                        + " version %d right on %d; they answer %d differently%s.", result.digits(), first.getValue().number(),
                result.firstRight(), second.getValue().number(), result.secondRight(), result.disagreements().size(),
                result.disagreements().size() > MAX_SHOWN ? " (the first " + MAX_SHOWN + " below)" : ""));
        drawings.removeAll();
        result.disagreements().stream().limit(MAX_SHOWN).forEach(d -> drawings.add(thumbnail(d, result)));
    }

    private void showPerClass(ModelVersion a, ModelVersion b) {
        perClass.removeAllColumns();
        perClass.addColumn(c -> c == ModelContract.NOT_A_DIGIT ? "not a digit" : String.valueOf(c)).setHeader("Class");
        perClass.addColumn(c -> accuracy(a, c)).setHeader("Version " + a.number());
        perClass.addColumn(c -> accuracy(b, c)).setHeader("Version " + b.number());
        perClass.setItems(IntStream.range(0, ModelContract.CLASSES).boxed().toList());
        perClass.setVisible(true);
    }

    private static String accuracy(ModelVersion version, int c) {
        double[] accuracy = version.card() == null ? null : version.card().perClassAccuracy();
        return accuracy == null || c >= accuracy.length ? "–" : Figures.percent(accuracy[c]);
    }

    private static Div thumbnail(Disagreement disagreement, Comparison result) {
        Image image = new Image(Thumbnails.ofNetworkInput(disagreement.networkInput()), "what the network saw");
        image.setWidth("56px");
        Span caption = new Span("right " + disagreement.label() + " · v" + result.first().number() + ": "
                + disagreement.first() + " · v" + result.second().number() + ": " + disagreement.second());
        Div figure = new Div(image, caption);
        figure.addClassName("disagreement");
        return figure;
    }

    private static Select<ModelVersion> chooser(String id, String label) {
        Select<ModelVersion> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItemLabelGenerator(v -> v.number() + (v.live() ? " (live)" : "") + " · " + v.name());
        return select;
    }
}
