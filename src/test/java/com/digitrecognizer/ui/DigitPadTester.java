package com.digitrecognizer.ui;

import com.vaadin.browserless.ComponentTester;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Base64;

/** Plays the browser's part of {@code <digit-pad>}: its DOM events, with the data the TypeScript sends. */
class DigitPadTester extends ComponentTester<DigitPad> {

    DigitPadTester(DigitPad pad) {
        super(pad);
    }

    /** A {@code digit-drawn} event carrying the ink map, as the pad sends it after a stroke. */
    void drawn(int width, int height, byte[] ink, int strokes, String reason) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.width", width);
        data.put("event.detail.height", height);
        data.put("event.detail.ink", Base64.getEncoder().encodeToString(ink));
        data.put("event.detail.strokes", strokes);
        data.put("event.detail.reason", reason);
        fireDomEvent("digit-drawn", data);
    }

    /** A {@code digit-cleared} event: the pad became empty. */
    void cleared() {
        fireDomEvent("digit-cleared");
    }
}
