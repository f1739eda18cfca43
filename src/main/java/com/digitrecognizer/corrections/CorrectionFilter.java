package com.digitrecognizer.corrections;

import com.digitrecognizer.corrections.Correction.Status;

import java.time.Instant;
import java.util.StringJoiner;

/**
 * Which corrections the admin view shows; a null field does not filter.
 *
 * @param from from this instant on (inclusive)
 * @param to   before this instant (exclusive)
 */
public record CorrectionFilter(String label, String modelAnswer, String modelVersion, Instant from, Instant to,
                               Status status) {

    public static final CorrectionFilter ALL = new CorrectionFilter(null, null, null, null, null, null);

    /** The filter in words, for the admin and the audit log: "right answer 7, status NEW", or "no filter". */
    public String describe() {
        StringJoiner words = new StringJoiner(", ");
        words.setEmptyValue("no filter");
        add(words, "right answer ", label);
        add(words, "model answer ", modelAnswer);
        add(words, "model version ", modelVersion);
        add(words, "from ", from);
        add(words, "before ", to);
        add(words, "status ", status);
        return words.toString();
    }

    private static void add(StringJoiner words, String name, Object value) {
        if (value != null) {
            words.add(name + value);
        }
    }
}
