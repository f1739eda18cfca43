package com.digitrecognizer.corrections;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One person's correction of one answer, as stored: the drawing, what the model said of it, the
 * right answer, and where and when it came from. Nothing that names the person.
 *
 * @param label        the right answer: a digit string ("7", "2026") or {@link Labels#NOT_A_DIGIT}
 * @param modelAnswer  what the model said: a digit string, "?" when unsure, or {@link Labels#NOT_A_DIGIT}
 * @param probabilities the model's probabilities, comma-separated (digits 0-9, then "not a digit")
 * @param sessionKey   a random key of the browser session, null from the API
 * @param image        the drawing as a PNG
 * @param networkInput the 28x28 image the network saw of each digit read, one after another (784 bytes a digit, a
 *                     byte a pixel, ink = 255); null when there is none
 */
@Table
public record Correction(@Id Long id, Instant createdAt, String label, String modelAnswer, String verdict,
                         String probabilities, String modelVersion, String channel, String sessionKey,
                         Status status, byte[] image, byte[] networkInput) {

    /** Where a correction stands in review. */
    public enum Status {
        NEW, ACCEPTED, DISCARDED
    }
}
