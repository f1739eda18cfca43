package com.digitrecognizer.api;

import com.digitrecognizer.recognition.Box;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Reading;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the API answers for a number read from one image: the text and every digit in it. */
@Schema(description = "A number read from an image: one digit or many, on one line")
record NumberReading(
        @Schema(description = "The digits from left to right; a digit that is not accepted shows as \"?\"",
                example = "2026")
        String text,
        @Schema(description = "Whether every digit is accepted (no \"?\" in text) and no mark between them was left"
                + " unread (unreadMarks is empty): only then is text the number", example = "true")
        boolean accepted,
        @Schema(description = "The product of the digits' confidences: how probable it is that every digit is right",
                example = "0.987")
        float confidence,
        @Schema(description = "Each digit found, from left to right")
        List<ReadDigit> digits,
        @Schema(description = "Where a point, a comma, a dash or a sign (a plus, a times) lies, between the digits or"
                + " before the first, that text leaves out (\"12.50\" reads \"1250\", not accepted); empty when there is none")
        List<Box> unreadMarks,
        @Schema(description = "Version of the model that answered", example = "mnist-cnn-20261207-351f2f2a")
        String modelVersion,
        @Schema(description = "Milliseconds spent reading", example = "3.1")
        double elapsedMs) {

    /** One digit of the number. */
    record ReadDigit(
            @Schema(description = "The likeliest of the ten digits; the answer only when verdict is \"digit\"",
                    example = "2")
            int digit,
            @Schema(description = "The probability of that digit", example = "0.998")
            float confidence,
            @Schema(description = "Probability of each digit, index = digit")
            float[] probabilities,
            @Schema(description = "\"digit\", \"unsure\" or \"not-a-digit\", as for /predict",
                    allowableValues = {"digit", "unsure", "not-a-digit"}, example = "digit")
            String verdict,
            @Schema(description = "Where the digit lies in the image, in its pixels")
            Box box) {
    }

    static NumberReading of(Reading reading) {
        List<ReadDigit> digits = reading.digits().stream().map(digit -> {
            Prediction prediction = digit.prediction();
            return new ReadDigit(prediction.digit(), prediction.confidence(), prediction.probabilities(),
                    prediction.verdict().label(), digit.box());
        }).toList();
        return new NumberReading(reading.text(), reading.accepted(), reading.confidence(), digits,
                reading.unreadMarks(), reading.modelVersion(), DigitPrediction.roundedMs(reading.elapsedMs()));
    }
}
