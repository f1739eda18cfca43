package com.digitrecognizer.ui.admin.models;

import java.util.Locale;

/** How the models view writes its figures. */
final class Figures {

    private Figures() {
    }

    /** A share (0..1) in percent, two decimals: "99.59 %". */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }
}
