package com.digitrecognizer.ui.admin.models;

import com.digitrecognizer.models.RetrainJobs;
import com.digitrecognizer.models.RetrainStatus;
import com.digitrecognizer.ui.admin.ButtonRow;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Retraining from the admin pages: start a job, cancel it, and watch it run. The job runs on the
 * server whether or not this page is open; while it is, each step the job reports is pushed here.
 */
public class RetrainPanel extends VerticalLayout {

    private final RetrainJobs jobs;
    private final Supplier<String> who;
    private final Runnable versionAdded;
    private final Button retrain = new Button("Retrain on accepted corrections");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar bar = new ProgressBar();
    private final Span line = new Span();
    private Consumer<RetrainStatus> listener;
    private RetrainStatus shown;

    /** {@code who}: the admin's name, for the job and its version; {@code versionAdded}: told when a job made one. */
    public RetrainPanel(RetrainJobs jobs, Supplier<String> who, Runnable versionAdded) {
        this.jobs = jobs;
        this.who = who;
        this.versionAdded = versionAdded;
        setId("retrain");
        setPadding(false);
        retrain.setId("retrain-start");
        retrain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retrain.addClickListener(click -> start());
        cancel.setId("retrain-cancel");
        cancel.addClickListener(click -> jobs.cancel(shown.id()));
        bar.setId("retrain-progress");
        line.setId("retrain-status");
        line.getElement().setAttribute("aria-live", "polite");
        add(new ButtonRow(retrain, cancel), bar, line);
        show(null);
    }

    private void start() {
        try {
            show(jobs.start(who.get()));
        } catch (RetrainJobs.RetrainConflict e) {
            line.setText(e.getMessage());
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        listener = status -> ui.access(() -> {
            show(status);
            if (status.version() != null) {
                versionAdded.run();
            }
        });
        jobs.addListener(listener);
        show(jobs.latest().orElse(null));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        jobs.removeListener(listener);
    }

    private void show(RetrainStatus status) {
        shown = status;
        boolean running = status != null && status.running();
        retrain.setEnabled(!running);
        cancel.setEnabled(running);
        bar.setVisible(running);
        bar.setValue(running ? status.done() : 0);
        line.setText(status == null ? "" : describe(status));
    }

    static String describe(RetrainStatus status) {
        if (status.running() && status.steps() > 0) {
            return String.format("Job %d: epoch %d of %d, step %d of %d, loss %.4f, accuracy %.2f %%, %.0f images/s,"
                            + " about %d min %02d s left", status.id(), status.epoch(), status.epochs(), status.step(),
                    status.steps(), status.loss(), status.accuracy() * 100, status.imagesPerSecond(),
                    status.etaSeconds() / 60, status.etaSeconds() % 60);
        }
        return "Job " + status.id() + " (" + status.state().name().toLowerCase() + "): " + status.message();
    }
}
