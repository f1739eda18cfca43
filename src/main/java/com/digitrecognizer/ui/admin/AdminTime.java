package com.digitrecognizer.ui.admin;

import com.digitrecognizer.ui.BrowserZone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Every admin page's times in one form and one zone, the admin's browser's: the zone the date
 * filters count days in, named in each time column's header.
 */
public final class AdminTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AdminTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone()));
    }

    /** A time column's header, e.g. "When (CET)". */
    public static String header(String name) {
        return name + " (" + zone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
    }

    static ZoneId zone() {
        return BrowserZone.current();
    }
}
