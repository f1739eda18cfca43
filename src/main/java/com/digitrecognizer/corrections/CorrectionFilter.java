package com.digitrecognizer.corrections;

import com.digitrecognizer.corrections.Correction.Status;

import java.time.Instant;

/**
 * Which corrections the admin view shows; a null field does not filter.
 *
 * @param from from this instant on (inclusive)
 * @param to   before this instant (exclusive)
 */
public record CorrectionFilter(String label, String modelAnswer, String modelVersion, Instant from, Instant to,
                               Status status) {

    public static final CorrectionFilter ALL = new CorrectionFilter(null, null, null, null, null, null);
}
