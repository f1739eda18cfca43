package com.digitrecognizer.ui.admin;

import com.digitrecognizer.Readings;
import com.digitrecognizer.PadBar;
import com.digitrecognizer.corrections.Correction;
import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.corrections.CorrectionFilter;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Recognizer;
import com.digitrecognizer.security.AuditLog;
import com.digitrecognizer.ui.login.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's corrections view on the real database, behind the real navigation access control. */
@SpringBootTest
class CorrectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    Corrections corrections;
    @Autowired
    Recognizer recognizer;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private long one;
    private long seven;

    @BeforeEach
    void threeCorrections() {
        jdbc.sql("DELETE FROM correction").update();
        InkRaster bar = PadBar.drawing();
        Prediction prediction = recognizer.recognize(bar);
        one = corrections.save(bar, Readings.of(prediction), "1", null).id();
        corrections.save(bar, Readings.of(prediction), "1", null);
        seven = corrections.save(bar, Readings.of(prediction), "7", null).id();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        UI.getCurrent().navigate("admin/corrections");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "bob", roles = "USER")
    void aUserWhoIsNoAdminCannotOpenIt() {
        UI.getCurrent().navigate("admin/corrections");
        assertThat(getCurrentView()).isNotInstanceOf(CorrectionsView.class);
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void anAdminFiltersReviewsAndDeletesAndIsAudited() {
        navigate(CorrectionsView.class);
        Grid<?> grid = find(Grid.class).id("corrections");
        assertThat(test(grid).size()).isEqualTo(3);

        test(find(TextField.class).id("filter-label")).setValue("1");
        assertThat(test(grid).size()).isEqualTo(2);
        test(grid).select(0);
        test(grid).select(1);
        test(find(Button.class).id("accept")).click();

        assertThat(corrections.find(one).map(Correction::status)).hasValue(Status.ACCEPTED);
        assertThat(corrections.find(seven).map(Correction::status)).hasValue(Status.NEW);
        assertThat(audit.newest(0, 1).getFirst().actor()).isEqualTo("boss");
        assertThat(audit.newest(0, 1).getFirst().action()).isEqualTo("accept");

        test(find(TextField.class).id("filter-label")).setValue("7");
        test(grid).select(0);
        test(find(Button.class).id("delete")).click();
        test(find(Button.class).id("confirm-delete")).click();
        assertThat(corrections.find(seven)).isEmpty();
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void allThatMatchTheFiltersAreAcceptedAtOnceAfterSeeingHowMany() {
        navigate(CorrectionsView.class);
        test(find(TextField.class).id("filter-label")).setValue("1");
        test(find(Button.class).id("review-matching")).click();

        assertThat(find(Dialog.class).single().getHeaderTitle())
                .isEqualTo("2 correction(s) match the filters (right answer 1)");
        test(find(Button.class).id("accept-matching")).click();

        assertThat(corrections.find(one).map(Correction::status)).hasValue(Status.ACCEPTED);
        assertThat(corrections.find(seven).map(Correction::status)).hasValue(Status.NEW);
        assertThat(corrections.count(new CorrectionFilter(null, null, null, null, null, Status.ACCEPTED))).isEqualTo(2);
        assertThat(audit.newest(0, 1).getFirst().actor()).isEqualTo("boss");
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void theHeatMapCountsModelAnswerAgainstTheRightOne() {
        navigate(CorrectionsView.class);
        assertThat(find(Span.class).withClassName("value").exists()).as("not made until opened").isFalse();
        find(Details.class).id("heat-map").setOpened(true);
        List<String> cells = find(Span.class).withClassName("value").all().stream().map(Span::getText).toList();

        assertThat(cells).containsExactlyInAnyOrder("2", "1");
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void timesReadAlikeOnEveryAdminPageInTheAdminsZone() {
        ZoneId far = ZoneId.of("Pacific/Kiritimati"); // UTC+14: no server's zone
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), name -> "v-tzid".equals(name) ? far.getId() : null);
        audit.record("accept", "1 correction");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(far);
        String header = "When (" + far.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";

        navigate(CorrectionsView.class);
        Grid<?> grid = find(Grid.class).id("corrections");
        assertThat(grid.getColumns().get(1).getHeaderText()).isEqualTo(header);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(time.format(corrections.find(seven).orElseThrow().createdAt()));

        navigate(AuditView.class);
        Grid<?> log = find(Grid.class).id("audit");
        assertThat(log.getColumns().getFirst().getHeaderText()).isEqualTo(header);
        assertThat(test(log).getCellText(0, 0)).as("not an ISO instant with microseconds")
                .isEqualTo(time.format(audit.newest(0, 1).getFirst().at()));
    }
}
