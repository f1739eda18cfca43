package com.digitrecognizer.ui;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.corrections.Correction;
import com.digitrecognizer.corrections.Corrections;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** "Wrong?" on the real view, saved in the real (in-memory) database: what the person does, what is kept. */
@SpringBootTest
class CorrectionFormTest extends SpringBrowserlessTest {

    private static final int SEVEN = 0; // MNIST test digit 0 is a 7
    private static final int TWO = 1; // and digit 1 a 2
    private static final int SIDE = 200;

    @Autowired
    Corrections corrections;
    @Autowired
    JdbcClient jdbc;

    private DigitPadTester browser;

    @BeforeEach
    void openView() {
        navigate(RecognizerView.class);
        browser = new DigitPadTester(find(DigitPad.class).id("pad"));
    }

    @Test
    void wrongIsOfferedOnlyOnceThereIsAnAnswer() {
        assertThat(shown("wrong")).isFalse();
        draw();
        assertThat(shown("wrong")).isTrue();
        browser.cleared();
        assertThat(shown("wrong")).isFalse();
    }

    @Test
    void twoTapsGiveTheRightDigitAndAThankYou() {
        draw();
        test(button("wrong")).click();
        test(button("correct-1")).click();

        assertThat(message()).isEqualTo("Thank you! Saved: 1.");
        Correction saved = newest();
        assertThat(saved.label()).isEqualTo("1");
        assertThat(saved.modelAnswer()).isEqualTo("7");
        assertThat(saved.verdict()).isEqualTo("digit");
        assertThat(saved.channel()).isEqualTo("view");
        assertThat(saved.sessionKey()).hasSize(36);
        assertThat(saved.image()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(shown("correct-1")).as("one correction per answer").isFalse();
    }

    @Test
    void aNumberOrNotADigitAreAnswersToo() {
        draw();
        test(button("wrong")).click();
        test(find(TextField.class).id("correct-number")).setValue("2026");
        test(button("correct-number-save")).click();
        assertThat(newest().label()).isEqualTo("2026");

        draw();
        test(button("wrong")).click();
        test(button("correct-not-a-digit")).click();
        assertThat(newest().label()).isEqualTo("not-a-digit");
        assertThat(message()).isEqualTo("Thank you! Saved: not a digit.");
    }

    /** A number read is corrected as a number: no key labels the whole drawing with one digit. */
    @Test
    void aNumberReadIsOfferedAsTheNumberToMend() {
        DrawnNumbers.Number seventyTwo = new DrawnNumbers(7).of(new int[] {SEVEN, TWO}, false);
        browser.drawn(seventyTwo.width(), seventyTwo.height(), seventyTwo.coverage());
        test(button("wrong")).click();

        assertThat(shown("correct-2")).as("the digit keys").isFalse();
        assertThat(shown("correct-not-a-digit")).isTrue();
        TextField number = find(TextField.class).id("correct-number");
        assertThat(number.getValue()).as("what was read, to mend").isEqualTo("72");
        assertThat(number.getAriaLabel()).as("named for a screen reader").hasValue("The right number");
        test(number).setValue("73");
        test(button("correct-number-save")).click();

        assertThat(newest().label()).isEqualTo("73");
        assertThat(newest().modelAnswer()).isEqualTo("72");

        draw();
        test(button("wrong")).click();
        assertThat(shown("correct-2")).as("one digit read: the keys again").isTrue();
        assertThat(find(TextField.class).id("correct-number").getValue()).isEmpty();
    }

    @Test
    void sessionsKeepTheirOwnKey() {
        draw();
        test(button("wrong")).click();
        test(button("correct-2")).click();
        String first = newest().sessionKey();
        draw();
        test(button("wrong")).click();
        test(button("correct-3")).click();

        assertThat(newest().sessionKey()).isEqualTo(first);
    }

    private void draw() {
        drawSeven(browser);
    }

    /** An MNIST 7 drawn on the pad, as the browser sends it. */
    static void drawSeven(DigitPadTester browser) {
        browser.drawn(SIDE, SIDE, DrawnDigits.coverage(DrawnDigits.draw(MnistTestDigits.image(SEVEN), SIDE, 150, 20, 30,
                1, Page.TRANSPARENT)));
    }

    private Correction newest() {
        long id = jdbc.sql("SELECT MAX(id) FROM correction").query(Long.class).single();
        return corrections.find(id).orElseThrow();
    }

    /** Whether the button is there for the person to press (find() sees only what is visible). */
    private boolean shown(String id) {
        return find(Button.class).withId(id).exists();
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    private String message() {
        return find(Span.class).id("correction-message").getText();
    }
}
