package com.digitrecognizer.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Every admin page's times in one form and one zone, the server's: the zone the date filters
 * count days in, named in each time column's header.
 */
public final class AdminTime {

    static final ZoneId ZONE = ZoneId.systemDefault();

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private AdminTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** A time column's header, e.g. "When (UTC)". */
    public static String header(String name) {
        return name + " (" + ZONE.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
    }
}
