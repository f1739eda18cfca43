package com.digitrecognizer.recognition;

/**
 * What the app makes of a drawing: a digit it answers, one it is not sure of, or no digit at all.
 * Only a {@link #DIGIT} is an answer; the other two say so instead of guessing.
 */
public enum Verdict {

    /** The likeliest digit, at least {@code recognition.min-confidence} probable. */
    DIGIT("digit"),
    /** Likelier a digit than not, but no digit reaches {@code recognition.min-confidence}. */
    UNSURE("unsure"),
    /** "Not a digit" is at least as probable as the likeliest digit. */
    NOT_A_DIGIT("not-a-digit");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The verdict's name wherever it leaves the app: the API's JSON and the metrics' tags. */
    public String label() {
        return label;
    }

    /**
     * The verdict on a drawing whose likeliest digit has probability {@code bestDigit}. A tie with
     * "not a digit" is refused: a wrong digit costs the user more than a request to draw again.
     */
    static Verdict of(float bestDigit, float notADigit, float minConfidence) {
        if (notADigit >= bestDigit) {
            return NOT_A_DIGIT;
        }
        return bestDigit >= minConfidence ? DIGIT : UNSURE;
    }
}
