package com.digitrecognizer.ui.admin.models;

import com.digitrecognizer.models.ModelRegistry;
import com.digitrecognizer.models.ModelRegistryException;
import com.digitrecognizer.models.ModelVersion;
import com.digitrecognizer.models.RetrainJobs;
import com.digitrecognizer.models.VersionComparison;
import com.digitrecognizer.recognition.Recognizer;
import com.digitrecognizer.security.Roles;
import com.digitrecognizer.ui.admin.AdminHeader;
import com.digitrecognizer.ui.admin.ButtonRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The model's versions: each one's card and gate, which is live, promote the chosen one or roll
 * back to the one live before, retrain on the accepted corrections, and two versions compared side by side.
 */
@Route("admin/models")
@PageTitle("Models · Digit Recognizer")
@RolesAllowed(Roles.ADMIN)
public class ModelsView extends VerticalLayout {

    private final ModelRegistry registry;
    private final AuthenticationContext user;
    private final Grid<ModelVersion> grid = new VersionGrid();
    private final Button promote = new Button("Promote", click -> promoteSelected());
    private final Button rollBack = new Button("Roll back", click -> rollBack());
    private final VersionCard card;
    private final VersionCompare compare;

    public ModelsView(ModelRegistry registry, VersionComparison comparison, RetrainJobs jobs, Recognizer recognizer,
                      AuthenticationContext user) {
        this.registry = registry;
        this.user = user;
        this.card = new VersionCard(recognizer);
        this.compare = new VersionCompare(comparison);
        promote.setId("promote");
        promote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rollBack.setId("roll-back");
        Button refresh = new Button("Refresh", click -> refresh());
        refresh.setId("refresh");
        grid.addSelectionListener(selection -> selected(selection.getFirstSelectedItem()));
        RetrainPanel retrain = new RetrainPanel(jobs, () -> user.getPrincipalName().orElseThrow(), this::refresh);
        add(new AdminHeader("Models", user), grid, new ButtonRow(promote, rollBack, refresh), card,
                new H2("Retrain on the accepted corrections"), retrain, new H2("Compare two versions"), compare);
        refresh();
    }

    private void refresh() {
        List<ModelVersion> versions = registry.versions();
        Optional<Integer> chosen = grid.getSelectedItems().stream().findFirst().map(ModelVersion::number);
        grid.setItems(versions);
        compare.versions(versions);
        chosen.flatMap(number -> versions.stream().filter(v -> v.number() == number).findFirst())
                .or(() -> versions.stream().filter(ModelVersion::live).findFirst())
                .ifPresent(grid::select);
        Optional<ModelVersion> previous = previouslyLive(versions);
        rollBack.setEnabled(previous.isPresent());
        rollBack.setText(previous.map(v -> "Roll back to version " + v.number()).orElse("Roll back"));
    }

    private void selected(Optional<ModelVersion> version) {
        card.show(version.orElse(null));
        boolean promotable = version.filter(v -> !v.live() && v.status() == ModelVersion.Status.OK
                && (v.gate() == null || v.gate().passed())).isPresent();
        promote.setEnabled(promotable);
        promote.setText(version.map(v -> "Promote version " + v.number()).orElse("Promote"));
    }

    private void promoteSelected() {
        grid.getSelectedItems().stream().findFirst().ifPresent(version -> promote(version.number()));
    }

    private void rollBack() {
        previouslyLive(registry.versions()).ifPresent(version -> promote(version.number()));
    }

    private void promote(int number) {
        try {
            registry.promote(number, user.getPrincipalName().orElse("unknown"));
            Notification.show("Version " + number + " is live").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ModelRegistryException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** The version promoted last before the live one: where a roll back goes. */
    private static Optional<ModelVersion> previouslyLive(List<ModelVersion> versions) {
        return versions.stream()
                .filter(v -> !v.live() && v.promotedAt() != null && v.status() == ModelVersion.Status.OK)
                .max(Comparator.comparing(ModelVersion::promotedAt));
    }
}
