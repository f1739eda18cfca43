package com.digitrecognizer.ui;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigitPadTest {

    private final DigitPad pad = new DigitPad();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().add(pad);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void drawnEventDecodesTheInkMap() {
        List<DigitPad.DrawnEvent> events = new ArrayList<>();
        pad.addDrawnListener(events::add);

        byte[] ink = {0, (byte) 255, 17, (byte) 128, 0, 64};
        _fireDomEvent(pad, "digit-drawn", drawn(3, 2, Base64.getEncoder().encodeToString(ink), 2, "stroke"));

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

        _fireDomEvent(pad, "digit-drawn", drawn(0, 0, "", 0, "predict"));

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

        _fireDomEvent(pad, "digit-cleared");

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
                .extracting(invocation -> invocation.getInvocation().getExpression())
                .containsExactly("return $0.clear()", "return $0.undo()", "return $0.requestPrediction()");
    }

    private static JsonObject drawn(int width, int height, String ink, int strokes, String reason) {
        JsonObject data = Json.createObject();
        data.put("event.detail.width", width);
        data.put("event.detail.height", height);
        data.put("event.detail.ink", ink);
        data.put("event.detail.strokes", strokes);
        data.put("event.detail.reason", reason);
        return data;
    }
}
