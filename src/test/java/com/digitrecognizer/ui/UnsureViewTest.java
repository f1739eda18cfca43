package com.digitrecognizer.ui;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.recognition.Verdict;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view when the network is not sure: with recognition.min-confidence at 1 only a certain digit
 * is an answer, so that a fair drawing of a 9 (MNIST test digit 7, a 9 with a 4 in it) is
 * "unsure" whatever model is shipped.
 */
@SpringBootTest(properties = "recognition.min-confidence=1")
class UnsureViewTest extends SpringBrowserlessTest {

    private static final int NINE = 7;

    @Test
    void anUnsureDrawingOffersTheTwoLikeliestDigitsInsteadOfOne() {
        navigate(RecognizerView.class);
        new DigitPadTester(find(DigitPad.class).id("pad")).drawn(DrawnDigits.draw(MnistTestDigits.image(NINE), 200, 150,
                20, 30, 1, Page.TRANSPARENT));

        @SuppressWarnings("unchecked")
        HistoryEntry row = ((Grid<HistoryEntry>) find(Grid.class).id("history")).getListDataView().getItem(0);
        assertThat(row.verdict()).isEqualTo(Verdict.UNSURE);
        assertThat(row.digit()).isEqualTo(9);
        assertThat(text("prediction")).isEqualTo("?");
        assertThat(text("verdict")).isEqualTo("Not sure: 9 or " + row.runnerUp() + "?");
        assertThat(text("confidence")).startsWith("9: ").contains(", " + row.runnerUp() + ": ");
        assertThat(text("runner-up")).isEmpty();
    }

    private String text(String id) {
        return find(Span.class).id(id).getText();
    }
}
