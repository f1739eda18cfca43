package com.digitrecognizer.ui.admin.models;

import com.digitrecognizer.models.GateResult;
import com.digitrecognizer.models.ModelVersion;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.ui.admin.AdminTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;

import java.util.function.Function;

/** Every version in a row: the live one marked, broken ones saying why, the card's headline figures and the gate. */
final class VersionGrid extends Grid<ModelVersion> {

    VersionGrid() {
        setId("versions");
        addColumn(ModelVersion::number).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(VersionGrid::state).setHeader("State").setAutoWidth(true);
        addColumn(ModelVersion::name).setHeader("Name").setAutoWidth(true);
        addColumn(fromCard(card -> Figures.percent(card.testAccuracy()))).setHeader("MNIST test").setAutoWidth(true);
        addColumn(fromCard(card -> card.rejections() == null ? "–"
                : Figures.percent(card.rejections().validationNegatives()))).setHeader("Non-digits refused").setAutoWidth(true);
        addColumn(version -> gate(version.gate())).setHeader("Gate").setAutoWidth(true);
        addColumn(version -> version.promotedAt() == null ? ""
                : AdminTime.format(version.promotedAt()) + " by " + version.promotedBy()).setHeader(AdminTime.header("Promoted")).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private static Span state(ModelVersion version) {
        Span state = new Span(version.status() == ModelVersion.Status.BROKEN ? "broken" : version.live() ? "live" : "");
        state.getElement().getThemeList().add(version.live() ? "badge success" : "badge error");
        state.setVisible(version.live() || version.status() == ModelVersion.Status.BROKEN);
        if (version.brokenReason() != null) {
            state.setTitle(version.brokenReason());
        }
        return state;
    }

    static String gate(GateResult gate) {
        return gate == null ? "not assessed" : gate.passed() ? "passed" : "failed";
    }

    private static ValueProvider<ModelVersion, String> fromCard(Function<ModelCard, String> figure) {
        return version -> version.card() == null ? "–" : figure.apply(version.card());
    }
}
