package com.digitrecognizer.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A fault of the server's own in a REST endpoint, answered as a problem the client can read: left to
 * the container, its error page sits behind the views' login and the client got a redirect to the
 * login page. Out of memory is a moment's overload, 503 "try again"; anything else a 500 whose cause
 * goes to the log, not to the client. Last of the advices, so that every refusal they know comes first;
 * bound to REST controllers, so that Vaadin's pages keep their own error handling.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ServerFaultHandler {

    static final String FAULT_DETAIL = "The server failed to answer (an internal error, logged); "
            + "it is not the request's fault.";
    private static final Logger log = LoggerFactory.getLogger(ServerFaultHandler.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> fault(Exception ex) {
        if (outOfMemory(ex)) {
            log.error("Out of memory answering a request", ex);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, ApiExceptionHandler.RETRY_AFTER_SECONDS)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "The server is short of memory just now; try again in a moment."));
        }
        log.error("Failed to answer a request", ex);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, FAULT_DETAIL));
    }

    /** Spring hands an Error over wrapped in a ServletException, a helper thread's in its own wrapper. */
    private static boolean outOfMemory(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
