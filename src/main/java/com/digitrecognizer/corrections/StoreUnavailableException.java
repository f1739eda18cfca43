package com.digitrecognizer.corrections;

/** The corrections database could not take a correction: down, full or refusing. Nothing was saved. */
public class StoreUnavailableException extends RuntimeException {

    StoreUnavailableException(Throwable cause) {
        super("The corrections database is not available: " + cause.getMessage(), cause);
    }
}
