package com.digitrecognizer.api;

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
 * The database down, full or refusing, for every API that uses it (corrections, model versions,
 * retraining): the client is told so plainly (503, problem+json, nothing saved), never with a 500
 * and a stack trace; the log gets one warning line with the cause. Recognition needs no database.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    // a connection that cannot be had surfaces as a TransactionException when a repository opens its transaction
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail databaseUnavailable(Exception ex) {
        log.warn("Database unavailable: {}", NestedExceptionUtils.getMostSpecificCause(ex).toString());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not available just now, so nothing was saved or changed; try again later.");
    }
}
