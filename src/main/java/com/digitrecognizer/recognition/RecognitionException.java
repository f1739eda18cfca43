package com.digitrecognizer.recognition;

/**
 * An input that cannot be recognised, with a sentence for the person who sent it. Never a
 * server fault: callers answer it as the client's mistake (or, for {@link Reason#BUSY}, as
 * "try again").
 */
public final class RecognitionException extends RuntimeException {

    /** Why the input was refused. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY_IMAGE,
        /** Not an image in a format we read, or corrupt or truncated. */
        UNDECODABLE_IMAGE,
        /** More pixels than the configured limit (checked from the header, before decoding). */
        TOO_MANY_PIXELS,
        /** An image with no ink on it. */
        BLANK_DRAWING,
        /** More digits (or separate marks) than a number may have ({@code recognition.max-digits}). */
        TOO_MANY_DIGITS,
        /** Lines of writing one above another: a number is read on one line. */
        MORE_THAN_ONE_LINE,
        /** Too many recognitions are waiting already. */
        BUSY
    }

    private final Reason reason;

    RecognitionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    RecognitionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
