package com.digitrecognizer.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The admin pages' row of buttons: on a phone it goes on in a second line, never off the screen. */
public final class ButtonRow extends HorizontalLayout {

    public ButtonRow(Component... buttons) {
        super(buttons);
        setWrap(true);
    }
}
