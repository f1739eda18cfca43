package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.Box;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Reading;
import com.digitrecognizer.recognition.RecognitionException;
import com.digitrecognizer.recognition.Recognizer;
import com.digitrecognizer.ui.DigitPad.Action;
import com.digitrecognizer.ui.DigitPad.DrawnEvent;
import com.digitrecognizer.ui.corrections.CorrectionForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The product: draw a digit or a number on the pad, see what the network reads (the number, each
 * digit's confidence and box, and for the chosen digit all ten probabilities and that of "not a
 * digit" and the 28x28 image it saw) and this session's drawings in a history grid. A drawing that
 * is no digit, or a digit the network is not sure of, is said to be so in plain words instead of
 * shown as a digit.
 */
@Route("")
@AnonymousAllowed // unless security.require-login asks for a login (security.RequireLogin)
@PageTitle("Digit Recognizer")
@JsModule("./color-scheme.ts")
public class RecognizerView extends VerticalLayout {

    private static final String DRAW_HINT = "Draw a digit or a number: any size, anywhere on the pad.";
    static final String EMPTY_HINT = "Draw a digit on the pad first: it is empty.";
    static final String FAULT_HINT = "The drawing could not be read just now (a fault on the server, logged); "
            + "please try again.";
    private static final Logger log = LoggerFactory.getLogger(RecognizerView.class);

    private final Recognizer recognizer;
    private final CorrectionForm correction;
    private final DigitPad pad = new DigitPad();
    private final ReadingPanel reading;
    private final HistoryGrid history = new HistoryGrid();
    /** The drawing last read and the boxes of its digits, to frame the one chosen. */
    private DrawnEvent lastDrawing;
    private List<Box> lastBoxes = List.of();

    public RecognizerView(Recognizer recognizer, UiProperties settings, CorrectionForm correction) {
        this.recognizer = recognizer;
        this.correction = correction;
        this.reading = new ReadingPanel(this::selectDigit, correction);
        // the look is in styles.css (META-INF/resources), by these class names
        addClassName("recognizer");

        H1 title = new H1("Digit Recognizer");
        Paragraph intro = new Paragraph("Draw a digit or a whole number with mouse, finger or pen; a neural network "
                + "trained on MNIST reads it and says how sure it is of every digit, or that it sees none.");
        intro.addClassName("intro");

        FlexLayout main = new FlexLayout(padColumn(settings.liveRecognition()), reading);
        main.addClassName("columns");
        main.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        main.setWidthFull();

        showHint(DRAW_HINT);
        add(title, intro, main, new H2("History"), history);
    }

    private VerticalLayout padColumn(boolean liveByDefault) {
        pad.setId("pad");
        pad.setLive(liveByDefault);
        pad.addDrawnListener(this::read);
        pad.addClearedListener(event -> showHint(DRAW_HINT));

        addPadControl("Predict", VaadinIcon.MAGIC, Action.PREDICT).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPadControl("Undo", VaadinIcon.ARROW_BACKWARD, Action.UNDO);
        addPadControl("Clear", VaadinIcon.ERASER, Action.CLEAR);
        Checkbox live = new Checkbox("Live recognition at each stroke's end", liveByDefault);
        live.setId("live");
        live.addValueChangeListener(event -> pad.setLive(event.getValue()));

        VerticalLayout column = new VerticalLayout(pad, live);
        column.addClassName("pad-column");
        column.setPadding(false);
        return column;
    }

    /** A button with no click listener: the pad does its action in the browser; its id is the action's name. */
    private Button addPadControl(String text, VaadinIcon icon, Action action) {
        Button button = new Button(text, icon.create());
        button.setId(action.name().toLowerCase(Locale.ROOT));
        pad.addControl(button, action);
        return button;
    }

    private void read(DrawnEvent drawn) {
        int width = drawn.width();
        int height = drawn.height();
        if (width == 0 || height == 0) {
            showHint(EMPTY_HINT);
            return;
        }
        byte[] ink = drawn.ink();
        try {
            InkRaster raster = new InkRaster(width, height, ink);
            Reading read = recognizer.read(raster);
            lastDrawing = drawn;
            lastBoxes = read.digits().stream().map(Reading.Digit::box).toList();
            int chosen = reading.show(read);
            pad.showBoxes(drawn, lastBoxes, chosen);
            correction.offer(raster, read);
            history.record(drawn.drawing(), HistoryEntry.of(Thumbnails.ofDrawing(width, height, ink),
                    reading.shownText(), read, LocalTime.now(BrowserZone.current()).truncatedTo(ChronoUnit.SECONDS)));
        } catch (RecognitionException e) {
            if (e.reason() == RecognitionException.Reason.BLANK_DRAWING) {
                noReading(drawn, EMPTY_HINT);
            } else {
                noReading(drawn, e.getMessage());
                Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        } catch (RuntimeException e) {
            // left to Vaadin, the fault would only be logged, and the last answer would stay as this drawing's
            log.error("Could not read a drawing", e);
            noReading(drawn, FAULT_HINT);
            Notification.show(FAULT_HINT, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** This drawing has no reading: the last one's answer, boxes and history row must not stay beside it. */
    private void noReading(DrawnEvent drawn, String hint) {
        lastBoxes = List.of();
        pad.showBoxes(drawn, lastBoxes, -1);
        history.forget(drawn.drawing());
        showHint(hint);
    }

    /** No answer on screen: the hint says what to do, and there is nothing to correct. */
    private void showHint(String text) {
        reading.showHint(text);
        correction.clear();
    }

    private void selectDigit(int index) {
        pad.showBoxes(lastDrawing, lastBoxes, index);
    }
}
