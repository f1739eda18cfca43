package com.digitrecognizer.ui.corrections;

import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.corrections.Labels;
import com.digitrecognizer.corrections.StoreUnavailableException;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Reading;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * "Wrong?" under an answer: the person gives the right digit (a key row of 0-9, or the digit keys
 * while the row has the focus), the right number (a field; when several digits were read, the only
 * way, holding what was read, selected, to be typed over or mended) or "not a digit", in two taps,
 * and is thanked once it is saved. What is kept: the drawing, the model's answer and a random key
 * of this browser session, nothing that names the person.
 */
@SpringComponent
@Scope("prototype")
public class CorrectionForm extends Div {

    static final String THANKS = "Thank you! Saved: ";
    static final String UNAVAILABLE = "Sorry, your correction could not be saved just now (the database is "
            + "unavailable). Please try again later.";
    private static final String SESSION_KEY = CorrectionForm.class.getName() + ".sessionKey";
    private static final Logger log = LoggerFactory.getLogger(CorrectionForm.class);

    private final Corrections corrections;
    private final Button wrong = new Button("Wrong?");
    private final Div panel = new Div();
    private final TextField number = new TextField();
    private final List<Button> digitKeys = new ArrayList<>();
    private final Span message = new Span();
    private InkRaster drawing;
    private Reading reading;

    public CorrectionForm(Corrections corrections) {
        this.corrections = corrections;
        setId("correction");
        addClassName("correction");
        wrong.setId("wrong");
        wrong.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        wrong.addClickListener(click -> open());
        message.setId("correction-message");
        message.getElement().setAttribute("aria-live", "polite");
        panel.setId("correction-panel");
        panel.add(new Span("What is it?"), keys(), numberRow());
        add(wrong, panel, message);
        clear();
    }

    /** Offers "Wrong?" for what was read in this drawing. */
    public void offer(InkRaster drawing, Reading reading) {
        this.drawing = drawing;
        this.reading = reading;
        wrong.setVisible(true);
        panel.setVisible(false);
        message.setText("");
        // a number is corrected as a number: one key would label the whole drawing with one digit
        digitKeys.forEach(key -> key.setVisible(!isNumber()));
        number.setValue(isNumber() ? likeliestDigits(reading) : "");
    }

    private boolean isNumber() {
        return reading.digits().size() > 1;
    }

    /** The digits read, each unsure one as its likeliest: what the person mends. */
    private static String likeliestDigits(Reading reading) {
        StringBuilder digits = new StringBuilder();
        reading.digits().forEach(digit -> digits.append(digit.prediction().digit()));
        return digits.toString();
    }

    /** No answer on screen: nothing to correct. */
    public void clear() {
        drawing = null;
        reading = null;
        wrong.setVisible(false);
        panel.setVisible(false);
        message.setText("");
    }

    private FlexLayout keys() {
        FlexLayout keys = new FlexLayout();
        keys.setId("correction-keys");
        keys.addClassName("correction-keys");
        keys.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (int digit = 0; digit <= 9; digit++) {
            String label = String.valueOf(digit);
            Button key = new Button(label, click -> save(label));
            key.setId("correct-" + digit);
            key.getElement().setAttribute("aria-label", "It is a " + digit);
            // the digit keys answer while the row has the focus, so typing in the number field never does
            key.addClickShortcut(Key.of(label)).listenOn(keys);
            keys.add(key);
            digitKeys.add(key);
        }
        Button none = new Button("Not a digit", click -> save(Labels.NOT_A_DIGIT));
        none.setId("correct-not-a-digit");
        keys.add(none);
        return keys;
    }

    private HorizontalLayout numberRow() {
        number.setId("correct-number");
        number.setPlaceholder("or the number, e.g. 2026");
        number.setAriaLabel("The right number"); // the placeholder is gone once the digits read are in it
        number.setAllowedCharPattern("[0-9]");
        number.setMaxLength(Labels.MAX_DIGITS);
        number.setAutoselect(true); // what was read, selected: typing replaces it
        Button save = new Button("Save", click -> saveNumber());
        save.setId("correct-number-save");
        number.addKeyPressListener(Key.ENTER, enter -> saveNumber());
        HorizontalLayout row = new HorizontalLayout(number, save);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        return row;
    }

    private void open() {
        wrong.setVisible(false);
        panel.setVisible(true);
        message.setText("");
        if (isNumber()) {
            number.focus();
        } else {
            panel.getElement().executeJs("this.querySelector('vaadin-button').focus()"); // keyboard: 0-9 at once
        }
    }

    private void saveNumber() {
        if (!Labels.valid(number.getValue())) {
            message.setText("Type the number with the digits 0-9.");
            return;
        }
        save(number.getValue());
    }

    private void save(String label) {
        if (drawing == null) {
            return;
        }
        try {
            corrections.save(drawing, reading, label, sessionKey());
            message.setText(THANKS + (Labels.NOT_A_DIGIT.equals(label) ? "not a digit" : label) + ".");
            panel.setVisible(false);
            number.clear();
            drawing = null; // one correction per answer
        } catch (StoreUnavailableException e) {
            log.warn("A correction from the view was not saved: {}", e.getMessage());
            message.setText(UNAVAILABLE);
        }
    }

    /** A random key per browser session: corrections from one session can be told apart, and no more. */
    private static String sessionKey() {
        VaadinSession session = VaadinSession.getCurrent();
        Object key = session.getAttribute(SESSION_KEY);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(SESSION_KEY, key);
        }
        return key.toString();
    }
}
