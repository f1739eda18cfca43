package com.digitrecognizer.ui;

import com.digitrecognizer.corrections.Postgres;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The view on a real PostgreSQL that goes away: drawings are still recognised, a correction says it was not saved. */
// the context goes with the test: its pool would go on logging refused connections into later tests
@DirtiesContext
@SpringBootTest
class CorrectionFormDatabaseDownTest extends SpringBrowserlessTest {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        postgres = Postgres.ownServer(registry);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void withoutTheDatabaseTheViewRecognisesAndSaysTheCorrectionWasNotSaved() throws IOException {
        navigate(RecognizerView.class);
        DigitPadTester browser = new DigitPadTester(find(DigitPad.class).id("pad"));
        postgres.close();

        CorrectionFormTest.drawSeven(browser);
        assertThat(find(Span.class).id("prediction").getText()).isEqualTo("7");
        test(find(Button.class).id("wrong")).click();
        test(find(Button.class).id("correct-1")).click();

        assertThat(find(Span.class).id("correction-message").getText())
                .startsWith("Sorry, your correction could not be saved just now").doesNotContain("Exception");
        assertThat(find(Button.class).withId("correct-1").exists()).as("the person may try again").isTrue();
    }
}
