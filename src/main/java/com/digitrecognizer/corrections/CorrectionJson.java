package com.digitrecognizer.corrections;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A correction as the API shows it: everything but the image, which has its own address. */
@Schema(name = "Correction")
record CorrectionJson(long id, Instant createdAt,
                      @Schema(description = "the right answer: a digit string (\"7\", \"2026\") or \"not-a-digit\"")
                      String label,
                      @Schema(description = "what the model said: a digit string, \"?\" when unsure, or \"not-a-digit\"")
                      String modelAnswer,
                      @Schema(description = "\"digit\", \"unsure\" or \"not-a-digit\"") String verdict,
                      @Schema(description = "the model's probabilities when it read one digit: digits 0-9, then "
                              + "\"not a digit\"; empty when it read a number")
                      float[] probabilities,
                      @Schema(description = "the same for each digit read, left to right (one for a single digit)")
                      List<float[]> digitProbabilities,
                      String modelVersion,
                      @Schema(description = "\"view\" or \"api\"") String channel,
                      @Schema(description = "NEW, ACCEPTED (for training) or DISCARDED") Correction.Status status,
                      @Schema(description = "the drawing, a PNG") String image) {

    static CorrectionJson of(Correction correction, String imageUrl) {
        // stored as each digit's probabilities, comma-separated, a digit to a ";"
        List<float[]> digits = correction.probabilities().isEmpty() ? List.of()
                : Arrays.stream(correction.probabilities().split(";")).map(CorrectionJson::toFloats).toList();
        return new CorrectionJson(correction.id(), correction.createdAt(), correction.label(),
                correction.modelAnswer(), correction.verdict(), digits.size() == 1 ? digits.getFirst() : new float[0],
                digits, correction.modelVersion(),
                correction.channel(), correction.status(), imageUrl);
    }

    private static float[] toFloats(String joined) {
        String[] values = joined.split(",");
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = Float.parseFloat(values[i]);
        }
        return floats;
    }
}
