package com.digitrecognizer.ui;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the application's Spring context (shared with the other view tests), so that the root route can open. */
@SpringBootTest
class DigitPadTest extends SpringBrowserlessTest {

    private final DigitPad pad = new DigitPad();
    private final DigitPadTester browser = new DigitPadTester(pad);

    @BeforeEach
    void addPad() {
        UI.getCurrent().add(pad);
    }

    @Test
    void drawnEventDecodesTheInkMap() {
        List<DigitPad.DrawnEvent> events = new ArrayList<>();
        pad.addDrawnListener(events::add);

        byte[] ink = {0, (byte) 255, 17, (byte) 128, 0, 64};
        browser.drawn(3, 2, ink, 2, "stroke");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.width()).isEqualTo(3);
            assertThat(event.height()).isEqualTo(2);
            assertThat(event.ink()).containsExactly(ink);
            assertThat(event.strokes()).isEqualTo(2);
            assertThat(event.reason()).isEqualTo("stroke");
            assertThat(event.isFromClient()).isTrue();
        });
    }

    @Test
    void blankDrawingHasNoInk() {
        List<DigitPad.DrawnEvent> events = new ArrayList<>();
        pad.addDrawnListener(events::add);

        browser.drawn(0, 0, new byte[0], 0, "predict");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.ink()).isEmpty();
            assertThat(event.reason()).isEqualTo("predict");
        });
    }

    @Test
    void inkThatDoesNotFitTheSizeIsRejected() {
        String fourBytes = Base64.getEncoder().encodeToString(new byte[4]);

        assertThatThrownBy(() -> new DigitPad.DrawnEvent(pad, true, 3, 2, fourBytes, 1, "stroke"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearedEventReachesListeners() {
        List<DigitPad.ClearedEvent> events = new ArrayList<>();
        pad.addClearedListener(events::add);

        browser.cleared();

        assertThat(events).hasSize(1);
    }

    @Test
    void liveByDefaultAndSwitchable() {
        assertThat(pad.isLive()).isTrue();

        pad.setLive(false);

        assertThat(pad.isLive()).isFalse();
    }

    @Test
    void strokeWidthIsAnElementProperty() {
        pad.setStrokeWidth(20);

        assertThat(pad.getElement().getProperty("strokeWidth", 0.0)).isEqualTo(20);
    }

    @Test
    void commandsCallTheElementsMethods() {
        pad.clear();
        pad.undo();
        pad.requestPrediction();

        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        assertThat(internals.dumpPendingJavaScriptInvocations())
                .filteredOn(invocation -> invocation.getOwner() == pad.getElement().getNode())
                .extracting(invocation -> invocation.getInvocation().getExpression())
                .containsExactly("return $0.clear()", "return $0.undo()", "return $0.requestPrediction()");
    }
}
