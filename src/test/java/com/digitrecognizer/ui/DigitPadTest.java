package com.digitrecognizer.ui;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.digitrecognizer.ui.DigitPad.Action;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the application's Spring context (shared with the other view tests), so that the root route can open. */
@SpringBootTest
class DigitPadTest extends SpringBrowserlessTest {

    private static final byte[] INK = {0, (byte) 255, 17, (byte) 128, 0, 64};

    private final DigitPad pad = new DigitPad();
    private final DigitPadTester browser = new DigitPadTester(pad);
    /** What the pad's listeners got, in order: "drawn <drawing>" or "cleared". */
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void addPad() {
        UI.getCurrent().add(pad);
        pad.addDrawnListener(event -> heard.add("drawn " + event.drawing()));
        pad.addClearedListener(event -> heard.add("cleared"));
    }

    @Test
    void drawnEventDecodesTheInkMap() {
        List<DigitPad.DrawnEvent> events = new ArrayList<>();
        pad.addDrawnListener(events::add);

        browser.drawn(3, 2, INK);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.width()).isEqualTo(3);
            assertThat(event.height()).isEqualTo(2);
            assertThat(event.ink()).containsExactly(INK);
            assertThat(event.isFromClient()).isTrue();
        });
    }

    @Test
    void blankDrawingHasNoInk() {
        List<DigitPad.DrawnEvent> events = new ArrayList<>();
        pad.addDrawnListener(events::add);

        browser.drawn(0, 0, new byte[0]);

        assertThat(events).singleElement().satisfies(event -> assertThat(event.ink()).isEmpty());
    }

    @Test
    void inkThatDoesNotFitTheSizeIsRejected() {
        String fourBytes = Base64.getEncoder().encodeToString(new byte[4]);

        assertThatThrownBy(() -> new DigitPad.DrawnEvent(pad, true, 1, 0, 3, 2, 0, 0, 280, fourBytes))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachClearBeginsANewDrawing() {
        browser.drawn(3, 2, INK);
        browser.drawn(3, 2, INK);
        browser.cleared();
        browser.drawn(3, 2, INK);

        assertThat(heard).containsExactly("drawn 0", "drawn 0", "cleared", "drawn 1");
    }

    @Test
    void anEventThatArrivesAfterANewerOneIsDropped() {
        Runnable lateStroke = browser.drawnLater(3, 2, INK);
        Runnable lateClear = browser.clearedLater();
        browser.drawn(3, 2, INK);

        lateClear.run();
        lateStroke.run();

        assertThat(heard).containsExactly("drawn 1");
    }

    @Test
    void everyListenerGetsTheNewestEvent() {
        List<Integer> second = new ArrayList<>();
        pad.addDrawnListener(event -> second.add(event.drawing()));

        browser.drawn(3, 2, INK);

        assertThat(heard).containsExactly("drawn 0");
        assertThat(second).containsExactly(0);
    }

    @Test
    void liveIsAPropertyOfTheElement() {
        pad.setLive(false);
        assertThat(pad.getElement().getProperty("live", true)).isFalse();

        pad.setLive(true);
        assertThat(pad.getElement().getProperty("live", false)).isTrue();
    }

    @Test
    void controlsAreThePadsChildrenAndSayWhatTheyDo() {
        Button clear = new Button("Clear");

        pad.addControl(clear, Action.CLEAR);

        assertThat(clear.getParent()).containsSame(pad);
        assertThat(clear.getElement().getAttribute("data-action")).isEqualTo("clear");
    }
}
