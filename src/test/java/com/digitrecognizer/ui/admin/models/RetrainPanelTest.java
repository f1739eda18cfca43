package com.digitrecognizer.ui.admin.models;

import com.digitrecognizer.PadBar;
import com.digitrecognizer.Readings;
import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.models.HeldVersions;
import com.digitrecognizer.models.RetrainJobs;
import com.digitrecognizer.models.RetrainStatus;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Recognizer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The retrain panel on the real jobs and database: starting, refusing, cancelling, and the pushed end. */
@Import(HeldVersions.class)
@SpringBootTest(properties = "models.retrain.mnist-folder=target/no-mnist-needed")
class RetrainPanelTest extends SpringBrowserlessTest {

    @Autowired
    RetrainJobs jobs;
    @Autowired
    Corrections corrections;
    @Autowired
    Recognizer recognizer;
    @Autowired
    JdbcClient jdbc;

    private RetrainPanel panel;

    @BeforeEach
    void openThePanel() {
        HeldVersions.hold();
        jdbc.sql("DELETE FROM correction").update();
        panel = new RetrainPanel(jobs, () -> "boss", () -> { });
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void release() {
        HeldVersions.release();
    }

    @Test
    void saysSoWhenThereIsNothingToLearnFrom() {
        test(find(Button.class).id("retrain-start")).click();

        assertThat(find(Span.class).id("retrain-status").getText()).contains("no accepted corrections");
        assertThat(find(ProgressBar.class).exists()).as("the bar shows only while a job runs").isFalse();
    }

    @Test
    void startsAJobShowsItRunningAndHearsOfItsEndWhenCancelled() throws InterruptedException {
        InkRaster bar = PadBar.drawing();
        long id = corrections.save(bar, Readings.of(recognizer.recognize(bar)), "1", null).id();
        corrections.review(List.of(id), Status.ACCEPTED);

        test(find(Button.class).id("retrain-start")).click();
        assertThat(find(ProgressBar.class).id("retrain-progress").isVisible()).isTrue();
        assertThat(find(Button.class).id("retrain-start").isEnabled()).isFalse();
        test(find(Button.class).id("retrain-cancel")).click();
        HeldVersions.release();
        RetrainStatus job = jobs.latest().orElseThrow();
        String ended = "Job " + job.id() + " (cancelled): cancelled";
        // the job's end reaches the view as an access task, queued just after the job stops running
        VaadinSession session = VaadinSession.getCurrent();
        for (int i = 0; i < 600 && !ended.equals(find(Span.class).id("retrain-status").getText()); i++) {
            Thread.sleep(50);
            session.getService().runPendingAccessTasks(session); // what push delivers to the browser
        }

        assertThat(find(Span.class).id("retrain-status").getText()).isEqualTo(ended);
        assertThat(find(Button.class).id("retrain-start").isEnabled()).isTrue();
        assertThat(find(ProgressBar.class).exists()).as("the bar shows only while a job runs").isFalse();
    }
}
