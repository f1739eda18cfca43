package com.digitrecognizer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone of the browser the current page is open in, as the browser named it when the page
 * started, so that times read as the person's own clock wherever the server runs (a container's
 * clock is often UTC); the server's zone when there is no page or the browser did not say.
 */
public final class BrowserZone {

    private BrowserZone() {
    }

    public static ZoneId current() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails browser = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = browser == null ? null : browser.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) { // a zone this JVM's time-zone data does not know yet
            return ZoneId.systemDefault();
        }
    }
}
