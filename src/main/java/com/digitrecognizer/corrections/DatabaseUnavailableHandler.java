package com.digitrecognizer.corrections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database down, full or refusing: the client is told so plainly (503, problem+json, nothing
 * saved), never with a 500 and a stack trace; the log gets one warning line with the cause.
 */
@RestControllerAdvice(assignableTypes = CorrectionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    // a connection that cannot be had surfaces as a TransactionException when the repository opens its transaction
    @ExceptionHandler({StoreUnavailableException.class, DataAccessException.class, TransactionException.class})
    ProblemDetail databaseUnavailable(Exception ex) {
        log.warn("Corrections database unavailable: {}", NestedExceptionUtils.getMostSpecificCause(ex).toString());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The corrections database is not available just now, so nothing was saved; try again later.");
    }
}
