package com.digitrecognizer.ui.admin;

import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.corrections.CorrectionFilter;
import com.digitrecognizer.corrections.CorrectionSummary;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.security.Roles;
import com.digitrecognizer.ui.Thumbnails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * The admin's review of corrections: a grid paged lazily from the database (a page of rows per
 * request, never the whole table), filters, accept / discard / delete for the selected rows, the
 * model answer against the right one as a heat map, and the accepted ones exported for training.
 */
@Route("admin/corrections")
@PageTitle("Corrections · Digit Recognizer")
@RolesAllowed(Roles.ADMIN)
public class CorrectionsView extends VerticalLayout {

    private final Corrections corrections;
    private final Grid<CorrectionSummary> grid = new Grid<>();
    private final ConfusionChart chart = new ConfusionChart();
    private final Details heatMap = new Details("Model answer against the right one (heat map)", chart);
    private final CorrectionFilters filters;
    private CorrectionFilter filter = CorrectionFilter.ALL;

    public CorrectionsView(Corrections corrections, AuthenticationContext user) {
        this.corrections = corrections;
        this.filters = new CorrectionFilters(corrections::modelVersions, this::filter);
        configureGrid();
        chart.setId("confusion");
        heatMap.setId("heat-map");
        heatMap.addOpenedChangeListener(opened -> showChartLater());
        add(new AdminHeader("Corrections", user), filters, actions(), grid, heatMap, exports());
        filter(CorrectionFilter.ALL);
    }

    private void configureGrid() {
        grid.setId("corrections");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(LitRenderer.<CorrectionSummary>of(
                        "<a href=${item.image} target=_blank><img src=${item.src} alt=\"what the network saw\""
                                + " width=${item.width} height=\"28\" style=\"max-width: 100%; height: auto\"></a>")
                .withProperty("src", row -> row.networkInput() == null ? "" : Thumbnails.ofNetworkInput(row.networkInput()))
                .withProperty("width", row -> row.networkInput() == null ? 0
                        : ModelContract.SIDE * Math.max(1, row.networkInput().length / ModelContract.PIXELS))
                .withProperty("image", row -> "api/v1/corrections/" + row.id() + "/image"))
                // a number's digits side by side: five at full size, a longer number's narrower
                .setHeader("Seen").setWidth("180px").setFlexGrow(0);
        grid.addColumn(row -> AdminTime.format(row.createdAt())).setHeader(AdminTime.header("When")).setAutoWidth(true);
        grid.addColumn(CorrectionSummary::label).setHeader("Right").setAutoWidth(true);
        grid.addColumn(CorrectionSummary::modelAnswer).setHeader("Model said").setAutoWidth(true);
        grid.addColumn(CorrectionSummary::verdict).setHeader("Verdict").setAutoWidth(true);
        grid.addColumn(CorrectionSummary::modelVersion).setHeader("Model").setAutoWidth(true);
        grid.addColumn(CorrectionSummary::channel).setHeader("From").setAutoWidth(true);
        grid.addColumn(CorrectionSummary::status).setHeader("Status").setAutoWidth(true);
        grid.setPageSize(50);
        // a fixed height keeps the grid lazy: only the rows in view (and a few pages) are fetched
        grid.setHeight("60vh");
    }

    private ButtonRow actions() {
        Button accept = new Button("Accept for training", click -> review(Status.ACCEPTED));
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Discard", click -> review(Status.DISCARDED));
        discard.setId("discard");
        Button delete = new Button("Delete…", click -> confirmDelete());
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button matching = new Button("All matching…", click -> new MatchingReview(corrections, filter, this::refresh).open());
        matching.setId("review-matching");
        return new ButtonRow(accept, discard, delete, matching);
    }

    private ButtonRow exports() {
        return new ButtonRow(
                download("export-idx", "Accepted as IDX (.gz pair, zipped)", "corrections-idx.zip", corrections::exportIdx),
                download("export-csv", "Accepted as CSV", "corrections.csv", corrections::exportCsv),
                download("export-png", "Accepted drawings (zip of PNGs)", "corrections-png.zip", corrections::exportPngs));
    }

    /** Writes an export into a download. */
    private interface Export {
        int write(OutputStream out) throws IOException;
    }

    private static Anchor download(String id, String text, String file, Export export) {
        DownloadHandler handler = event -> {
            event.setFileName(file);
            event.setContentType(file.endsWith(".csv") ? "text/csv" : "application/zip");
            export.write(event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setId(id);
        return anchor;
    }

    private void filter(CorrectionFilter chosen) {
        filter = chosen;
        grid.setItems(query -> corrections.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, corrections.count(filter)));
        showChartLater();
    }

    /**
     * The heat map counts every filtered correction (a GROUP BY over all of them), so it is made
     * only while its section is open: the grid's first page never waits for it.
     */
    private void showChartLater() {
        if (heatMap.isOpened()) {
            chart.show(corrections.confusion(filter));
        }
    }

    private void review(Status status) {
        List<Long> ids = selected();
        if (!ids.isEmpty()) {
            MatchingReview.say(corrections.review(ids, status), status);
            refresh();
        }
    }

    private void confirmDelete() {
        List<Long> ids = selected();
        if (ids.isEmpty()) {
            return;
        }
        Dialog confirm = new Dialog("Delete " + ids.size() + " correction(s) for good?");
        Button yes = new Button("Delete", click -> {
            corrections.deleteAll(ids);
            confirm.close();
            Notification.show(ids.size() + " deleted");
            refresh();
        });
        yes.setId("confirm-delete");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), yes);
        confirm.open();
    }

    private List<Long> selected() {
        Set<CorrectionSummary> rows = grid.getSelectedItems();
        return rows.stream().map(CorrectionSummary::id).toList();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        showChartLater();
    }
}
