package com.digitrecognizer.ui;

import java.util.Base64;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * A square pad on which the user draws a digit with mouse, touch or pen ({@code frontend/digit-pad.ts}).
 * The drawing reaches the server as an ink map with each {@link DrawnEvent}.
 */
@Tag("digit-pad")
@JsModule("./digit-pad.ts")
class DigitPad extends Component implements HasSize, HasStyle {

    void clear() {
        getElement().callJsFunction("clear");
    }

    /** Removes the last stroke. */
    void undo() {
        getElement().callJsFunction("undo");
    }

    /** Makes the pad send its drawing, even when it is not {@linkplain #setLive live}. */
    void requestPrediction() {
        getElement().callJsFunction("requestPrediction");
    }

    /** Whether the pad sends its drawing after every stroke and undo; true by default. */
    void setLive(boolean live) {
        getElement().setProperty("live", live);
    }

    boolean isLive() {
        return getElement().getProperty("live", true);
    }

    /** Width of new strokes in CSS pixels on a 280-pixel pad; strokes scale with the pad. */
    void setStrokeWidth(double strokeWidth) {
        getElement().setProperty("strokeWidth", strokeWidth);
    }

    Registration addDrawnListener(ComponentEventListener<DrawnEvent> listener) {
        return addListener(DrawnEvent.class, listener);
    }

    Registration addClearedListener(ComponentEventListener<ClearedEvent> listener) {
        return addListener(ClearedEvent.class, listener);
    }

    /**
     * The drawing: ink coverage 0-255 per pixel, row-major, cropped to the ink's bounding box
     * plus a 2-pixel margin, rendered so that the pad's longer side is at most 280 pixels.
     * A blank pad gives a 0x0 drawing.
     * <p>
     * Public, as is {@link ClearedEvent}, because Vaadin creates DOM events by reflection.
     */
    @DomEvent("digit-drawn")
    public static class DrawnEvent extends ComponentEvent<DigitPad> {

        private final int width;
        private final int height;
        private final byte[] ink;
        private final int strokes;
        private final String reason;

        public DrawnEvent(DigitPad source, boolean fromClient,
                @EventData("event.detail.width") int width,
                @EventData("event.detail.height") int height,
                @EventData("event.detail.ink") String ink,
                @EventData("event.detail.strokes") int strokes,
                @EventData("event.detail.reason") String reason) {
            super(source, fromClient);
            this.width = width;
            this.height = height;
            this.ink = Base64.getDecoder().decode(ink);
            this.strokes = strokes;
            this.reason = reason;
            // the payload comes from the browser: reject what the preprocessing could misread
            if (width < 0 || height < 0 || this.ink.length != (long) width * height) {
                throw new IllegalArgumentException(
                        "Ink of " + this.ink.length + " bytes for a " + width + "x" + height + " drawing");
            }
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        /** Ink coverage 0-255 per pixel, {@code width() * height()} bytes, row-major. */
        byte[] ink() {
            return ink.clone();
        }

        /** Number of strokes on the pad. */
        int strokes() {
            return strokes;
        }

        /** Why the drawing was sent: "stroke", "undo" or "predict". */
        String reason() {
            return reason;
        }
    }

    /** The pad became empty, through {@link #clear()} or the undo of its last stroke. */
    @DomEvent("digit-cleared")
    public static class ClearedEvent extends ComponentEvent<DigitPad> {

        public ClearedEvent(DigitPad source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
