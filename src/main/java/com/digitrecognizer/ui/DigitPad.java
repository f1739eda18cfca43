package com.digitrecognizer.ui;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.digitrecognizer.recognition.Box;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A wide pad on which the user draws a digit or a number with mouse, touch or pen
 * ({@code frontend/digit-pad.ts}). The drawing reaches the server as an ink map with each
 * {@link DrawnEvent}; {@link #showBoxes} frames the digits read in it.
 * <p>
 * Everything that changes the drawing happens in the browser at once: strokes, and the pad's
 * {@linkplain #addControl controls} and keys (Escape clears, Ctrl+Z undoes, Enter predicts).
 * The server only learns of it afterwards, through the pad's events, which the pad numbers in
 * the order it fires them: listeners get them in that order, and an event that arrives after a
 * newer one is dropped, so that it can never undo what the newer one showed.
 */
@Tag("digit-pad")
@JsModule("./digit-pad.ts")
class DigitPad extends Component implements HasSize {

    /** What a click on a control of the pad does. */
    enum Action {
        /** Sends the drawing even when the pad is not {@linkplain #setLive live}. */
        PREDICT,
        /** Removes the last stroke. */
        UNDO,
        CLEAR
    }

    /** The number of the newest event given to the listeners. */
    private int newestSequence;

    /** Whether the pad sends its drawing after every stroke and undo; true by default. */
    void setLive(boolean live) {
        getElement().setProperty("live", live);
    }

    /**
     * Puts {@code control} below the pad. A click on it does {@code action} at once in the
     * browser, with no round trip to the server first: a stroke begun right after a click on
     * Clear lands on the cleared pad, however slow the network.
     */
    void addControl(Component control, Action action) {
        control.getElement().setAttribute("data-action", action.name().toLowerCase(Locale.ROOT));
        getElement().appendChild(control.getElement());
    }

    /**
     * Frames each digit read in {@code drawing} ({@code boxes} in its ink map's pixels), the
     * {@code selected} one stronger, until the drawing changes.
     */
    void showBoxes(DrawnEvent drawing, List<Box> boxes, int selected) {
        ArrayNode json = JsonMapper.shared().createArrayNode();
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            double scale = drawing.scale();
            json.addObject().put("x", (drawing.left() + box.x()) / scale).put("y", (drawing.top() + box.y()) / scale)
                    .put("width", box.width() / scale).put("height", box.height() / scale).put("selected", i == selected);
        }
        getElement().setPropertyJson("boxes", json);
    }

    Registration addDrawnListener(ComponentEventListener<DrawnEvent> listener) {
        return addListener(DrawnEvent.class, inOrder(listener));
    }

    Registration addClearedListener(ComponentEventListener<ClearedEvent> listener) {
        return addListener(ClearedEvent.class, inOrder(listener));
    }

    private <E extends PadEvent> ComponentEventListener<E> inOrder(ComponentEventListener<E> listener) {
        return event -> {
            // not older than the newest: each listener of the newest event gets it too
            if (event.sequence() >= newestSequence) {
                newestSequence = event.sequence();
                listener.onComponentEvent(event);
            }
        };
    }

    /**
     * An event of the pad, with its number: the pad numbers its events 1, 2, 3... in the order
     * it fires them.
     * <p>
     * Its subclasses are public because Vaadin creates DOM events by reflection.
     */
    abstract static class PadEvent extends ComponentEvent<DigitPad> {

        private final int sequence;

        PadEvent(DigitPad source, boolean fromClient, int sequence) {
            super(source, fromClient);
            this.sequence = sequence;
        }

        int sequence() {
            return sequence;
        }
    }

    /**
     * The drawing: ink coverage 0-255 per pixel, row-major, cropped to the ink's bounding box
     * plus a 2-pixel margin, from the pad rendered at most 280 pixels high ({@link #scale()}).
     * A blank pad gives a 0x0 drawing.
     */
    @DomEvent("digit-drawn")
    public static class DrawnEvent extends PadEvent {

        private final int drawing;
        private final int width;
        private final int height;
        private final int left;
        private final int top;
        private final int scale;
        private final byte[] ink;

        public DrawnEvent(DigitPad source, boolean fromClient,
                @EventData("event.detail.sequence") int sequence,
                @EventData("event.detail.drawing") int drawing,
                @EventData("event.detail.width") int width,
                @EventData("event.detail.height") int height,
                @EventData("event.detail.left") int left,
                @EventData("event.detail.top") int top,
                @EventData("event.detail.scale") int scale,
                @EventData("event.detail.ink") String ink) {
            super(source, fromClient, sequence);
            this.drawing = drawing;
            this.width = width;
            this.height = height;
            this.left = left;
            this.top = top;
            this.scale = Math.max(1, scale);
            this.ink = Base64.getDecoder().decode(ink);
            // the payload comes from the browser: reject what the preprocessing could misread
            if (width < 0 || height < 0 || this.ink.length != (long) width * height) {
                throw new IllegalArgumentException(
                        "Ink of " + this.ink.length + " bytes for a " + width + "x" + height + " drawing");
            }
        }

        /** Which drawing this is: the pad numbers them, and begins a new one whenever it becomes empty. */
        int drawing() {
            return drawing;
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        /** Where the ink map's left column lies on the rendered pad. */
        int left() {
            return left;
        }

        int top() {
            return top;
        }

        /** The rendered pad's height in pixels: the unit of the pad's own coordinates. */
        int scale() {
            return scale;
        }

        /** Ink coverage 0-255 per pixel, {@code width() * height()} bytes, row-major. */
        byte[] ink() {
            return ink.clone();
        }
    }

    /** The pad became empty (Clear, Escape, or the undo of its last stroke): a new drawing begins. */
    @DomEvent("digit-cleared")
    public static class ClearedEvent extends PadEvent {

        public ClearedEvent(DigitPad source, boolean fromClient,
                @EventData("event.detail.sequence") int sequence) {
            super(source, fromClient, sequence);
        }
    }
}
