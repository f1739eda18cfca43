package com.digitrecognizer.corrections;

import com.digitrecognizer.corrections.Correction.Status;

import java.time.Instant;

/**
 * A correction as the admin grid lists it: all but the drawing and the probabilities.
 *
 * @param networkInput the 28x28 image the network saw of each digit read, one after another (ink = 255), the
 *                     grid's thumbnail; null when there is none
 */
public record CorrectionSummary(long id, Instant createdAt, String label, String modelAnswer, String verdict,
                                String modelVersion, String channel, Status status, byte[] networkInput) {
}
