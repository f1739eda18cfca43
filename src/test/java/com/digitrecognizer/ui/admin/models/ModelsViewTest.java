package com.digitrecognizer.ui.admin.models;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.PadBar;
import com.digitrecognizer.Readings;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.models.GateResult;
import com.digitrecognizer.models.ModelRegistry;
import com.digitrecognizer.models.ModelVersion;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.Reading;
import com.digitrecognizer.recognition.Recognizer;
import com.digitrecognizer.ui.admin.AdminTime;
import com.digitrecognizer.ui.login.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's models view on the real registry (its own models folder) and database. */
@SpringBootTest
class ModelsViewTest extends SpringBrowserlessTest {

    @Autowired
    ModelRegistry registry;
    @Autowired
    Corrections corrections;
    @Autowired
    Recognizer recognizer;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    private int firstLive;

    @AfterEach
    void theFirstVersionLiveAgain() {
        if (firstLive != 0 && registry.live().number() != firstLive) {
            registry.promote(firstLive, "test");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        UI.getCurrent().navigate("admin/models");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "bob", roles = "USER")
    void aUserWhoIsNoAdminCannotOpenIt() {
        UI.getCurrent().navigate("admin/models");
        assertThat(getCurrentView()).isNotInstanceOf(ModelsView.class);
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void anAdminSeesTheCardsPromotesAVersionAndRollsBack() throws IOException {
        firstLive = registry.live().number();
        ModelVersion added = registry.add(copyOfShipped("view-test-candidate"), new GateResult(0.996, 0.9959, 0.9,
                0.8, 40, 0.95, 0.95, registry.live().name(), true, "better on corrections"), "test");
        navigate(ModelsView.class);
        Grid<?> versions = find(Grid.class).id("versions");
        assertThat(test(versions).size()).isEqualTo(registry.versions().size());
        assertThat(find(H3.class).single().getText()).as("the live one chosen first")
                .isEqualTo("Version " + firstLive + " (live) · " + registry.live().name());
        assertThat(find(Button.class).id("promote").isEnabled()).as("the live one is live already").isFalse();

        test(versions).select(rowOf(versions, added.number()));
        assertThat(find(H3.class).single().getText()).contains("view-test-candidate");
        assertThat(find(Span.class).all().stream().map(Span::getText))
                .contains("passed: better on corrections", "90.00 % / 80.00 % of 40", "its-parent",
                        ModelCard.read(Path.of("saved_model", ModelContract.SECOND_FOLDER)).version() + ", MNIST test 99.69 %",
                        "0.80 (recognition.min-confidence)",
                        "520 digits and 104 letters written in 1 handwriting font",
                        "800 learnt (each 8 times an epoch), 200 held out: 99.00 % right, the parent 60.00 %");
        assertThat(find(Span.class).all().stream().map(Span::getText)).as("its creation told as every admin time")
                .contains(AdminTime.format(Instant.parse(added.card().created())));
        test(find(Button.class).id("promote")).click();

        assertThat(registry.live().number()).isEqualTo(added.number());
        assertThat(registry.live().promotedBy()).isEqualTo("boss");
        assertThat(recognizer.recognize(PadBar.drawing()).modelVersion()).isEqualTo("view-test-candidate");
        Button rollBack = find(Button.class).id("roll-back");
        assertThat(rollBack.getText()).isEqualTo("Roll back to version " + firstLive);
        test(rollBack).click();
        assertThat(registry.live().number()).isEqualTo(firstLive);
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void twoVersionsAreComparedClassByClassAndOnCorrectedDrawings() {
        jdbc.sql("DELETE FROM correction").update();
        InkRaster bar = PadBar.drawing();
        corrections.save(bar, Readings.of(recognizer.recognize(bar)), "1", null);
        // a number is compared digit by digit, as retraining takes it: where as many digits were read as it has
        DrawnNumbers.Number drawn = new DrawnNumbers(7).of(new int[] {0, 1}, false); // MNIST's test 7 and 2
        InkRaster seventyTwo = new InkRaster(drawn.width(), drawn.height(), drawn.coverage());
        Reading read = recognizer.read(seventyTwo);
        assertThat(read.text()).isEqualTo("72");
        corrections.save(seventyTwo, read, "72", null);
        corrections.save(seventyTwo, read, "73", null);
        corrections.save(seventyTwo, read, "702", null);
        navigate(ModelsView.class);
        ModelVersion live = registry.live();
        select("first", live);
        select("second", live);
        test(find(Button.class).id("compare")).click();

        assertThat(find(Span.class).id("comparison-summary").getText()).isEqualTo("On the 5 digits of the newest corrected"
                + " drawings: version " + live.number() + " right on 4, version " + live.number() + " right on 4; they answer 0"
                + " differently.");
        assertThat(test(find(Grid.class).id("per-class")).size()).isEqualTo(11);
        assertThat(find(Div.class).withClassName("disagreement").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private void select(String id, ModelVersion version) {
        Select<ModelVersion> select = find(Select.class).id(id);
        select.setValue(version);
    }

    private int rowOf(Grid<?> grid, int number) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (((ModelVersion) test(grid).getRow(row)).number() == number) {
                return row;
            }
        }
        throw new AssertionError("no row of version " + number);
    }

    private Path copyOfShipped(String version) throws IOException {
        Path copy = temp.resolve(version);
        try (Stream<Path> files = Files.walk(Path.of("saved_model"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Path.of("saved_model").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        JsonMapper json = JsonMapper.shared();
        ObjectNode card = (ObjectNode) json.readTree(copy.resolve("model.json").toFile());
        card.put("version", version);
        card.put("extraDigits", "520 digits and 104 letters written in 1 handwriting font");
        card.putObject("fineTuning").put("parentVersion", "its-parent").put("correctionsTrained", 800)
                .put("correctionsHeldOut", 200).put("oversampling", 8).put("heldOutCorrectionsAccuracy", 0.99)
                .put("parentHeldOutCorrectionsAccuracy", 0.6);
        json.writeValue(copy.resolve("model.json").toFile(), card);
        return copy;
    }
}
