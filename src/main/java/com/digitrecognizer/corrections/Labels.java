package com.digitrecognizer.corrections;

import java.util.regex.Pattern;

/** The right answers a person may give: a digit string, or "not a digit". */
public final class Labels {

    public static final String NOT_A_DIGIT = "not-a-digit";
    /**
     * Most digits in one label: as many as the reader reads by default ({@code recognition.max-digits}),
     * so that whatever it read can be corrected; a number written on the pad, not a phone book.
     */
    public static final int MAX_DIGITS = 20;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1," + MAX_DIGITS + "}");

    private Labels() {
    }

    public static boolean valid(String label) {
        return label != null && (NOT_A_DIGIT.equals(label) || DIGITS.matcher(label).matches());
    }
}
