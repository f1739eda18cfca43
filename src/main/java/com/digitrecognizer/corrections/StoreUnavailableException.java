package com.digitrecognizer.corrections;

import org.springframework.dao.DataAccessResourceFailureException;

/** The corrections database could not take a correction: down, full or refusing. Nothing was saved. */
public class StoreUnavailableException extends DataAccessResourceFailureException {

    StoreUnavailableException(Throwable cause) {
        super("The corrections database is not available: " + cause.getMessage(), cause);
    }
}
