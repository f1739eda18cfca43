package com.digitrecognizer.e2e;

import com.digitrecognizer.e2e.Browser.Screen;
import com.digitrecognizer.e2e.RecognizerPage.Box;
import com.digitrecognizer.e2e.RecognizerPage.Pointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page on a phone and on a desktop: the pad in full view and usable, nothing wider than the screen. */
class LayoutTest extends BrowserTest {

    @Test
    void onAPhoneThePadFitsAndTheResultsStackBelowIt() {
        browser.emulate(Screen.PHONE);
        page = reload();
        Box pad = page.box(page.canvas());
        Box chart = page.box(page.chart());

        assertInFullView(pad);
        assertThat(pad.right() - pad.left()).as("pad width: room for a finger").isGreaterThanOrEqualTo(300);
        assertThat(chart.top()).as("chart top vs pad bottom").isGreaterThanOrEqualTo(pad.bottom());
        page.draw(4, Pointer.TOUCH);
        assertThat(page.prediction()).isEqualTo("4");
        assertThat(page.awaitHistory(1)).hasSize(1);
        assertNoSidewaysOverflow();
    }

    @Test
    void onADesktopTheResultsStandBesideThePad() {
        Box pad = page.box(page.canvas());
        Box chart = page.box(page.chart());

        assertInFullView(pad);
        assertThat(page.style("prediction", "font-size")).as("the digit's size, from styles.css").isEqualTo("80px");
        assertThat(chart.left()).as("chart left vs pad right").isGreaterThanOrEqualTo(pad.right());
        assertThat(chart.top()).as("chart top vs pad bottom").isLessThan(pad.bottom());
        page.draw(6);
        assertThat(page.prediction()).isEqualTo("6");
        assertThat(page.awaitHistory(1)).hasSize(1);
        assertNoSidewaysOverflow();
    }

    private void assertInFullView(Box box) {
        Box viewport = page.viewport();
        assertThat(box.left()).as("left").isGreaterThanOrEqualTo(viewport.left());
        assertThat(box.top()).as("top").isGreaterThanOrEqualTo(viewport.top());
        assertThat(box.right()).as("right").isLessThanOrEqualTo(viewport.right());
        assertThat(box.bottom()).as("bottom").isLessThanOrEqualTo(viewport.bottom());
    }

    private void assertNoSidewaysOverflow() {
        assertThat(page.pageWidth()).as("page width").isLessThanOrEqualTo(page.viewport().right());
    }
}
