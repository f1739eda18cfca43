package com.digitrecognizer.ui;

import com.digitrecognizer.DrawnDigits;
import com.vaadin.browserless.ComponentTester;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.awt.image.BufferedImage;
import java.util.Base64;

/**
 * Plays the browser's part of {@code <digit-pad>}: its DOM events, with the data the TypeScript
 * sends, numbered as the pad numbers them (events in firing order, drawings anew whenever the pad
 * becomes empty).
 */
class DigitPadTester extends ComponentTester<DigitPad> {

    private int drawing;
    private int sequence;

    DigitPadTester(DigitPad pad) {
        super(pad);
    }

    /** A {@code digit-drawn} event carrying the ink map, as the pad sends it after a stroke. */
    void drawn(int width, int height, byte[] ink) {
        drawnLater(width, height, ink).run();
    }

    /** A {@code digit-drawn} event for a drawing on a transparent page, its alpha the ink the pad sends. */
    void drawn(BufferedImage transparentPage) {
        drawn(transparentPage.getWidth(), transparentPage.getHeight(), DrawnDigits.coverage(transparentPage));
    }

    /** A {@code digit-cleared} event: the pad became empty, a new drawing begins. */
    void cleared() {
        clearedLater().run();
    }

    /**
     * A {@code digit-drawn} event fired now in the browser, which reaches the server only when
     * the returned action runs: after events fired later, when a test so wishes.
     */
    Runnable drawnLater(int width, int height, byte[] ink) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.sequence", ++sequence);
        data.put("event.detail.drawing", drawing);
        data.put("event.detail.width", width);
        data.put("event.detail.height", height);
        data.put("event.detail.left", 0);
        data.put("event.detail.top", 0);
        data.put("event.detail.scale", Math.max(height, 280));
        data.put("event.detail.ink", Base64.getEncoder().encodeToString(ink));
        return () -> fireDomEvent("digit-drawn", data);
    }

    /** A {@code digit-cleared} event fired now in the browser, which reaches the server when the returned action runs. */
    Runnable clearedLater() {
        drawing++;
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.sequence", ++sequence);
        return () -> fireDomEvent("digit-cleared", data);
    }
}
