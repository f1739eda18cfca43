package com.digitrecognizer.api;

import com.digitrecognizer.recognition.RecognitionException;
import com.digitrecognizer.recognition.RecognitionMetrics;
import com.digitrecognizer.recognition.RecognitionMetrics.Channel;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Locale;

/**
 * Answers every refused request as an RFC 9457 problem (application/problem+json) with a
 * sentence in {@code detail}. Global rather than bound to the API's controller, since 404, 405,
 * 415 and unreadable multipart bodies are found before any controller is chosen. A client's
 * mistake is logged at DEBUG only, since a flood of bad requests must not flood the log; "busy",
 * a sign of overload, is a warning.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before ServerFaultHandler
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** Seconds a client told "busy" should wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final ApiProperties properties;
    private final RecognitionMetrics metrics;

    ApiExceptionHandler(ApiProperties properties, RecognitionMetrics metrics) {
        this.properties = properties;
        this.metrics = metrics;
    }

    @ExceptionHandler
    ResponseEntity<Object> handleRecognitionException(RecognitionException ex, WebRequest request) {
        HttpStatus status = switch (ex.reason()) {
            case EMPTY_IMAGE, UNDECODABLE_IMAGE -> HttpStatus.BAD_REQUEST;
            case TOO_MANY_PIXELS -> HttpStatus.CONTENT_TOO_LARGE;
            case BLANK_DRAWING, TOO_MANY_DIGITS, MORE_THAN_ONE_LINE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
        };
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            log.warn("Refused a recognition: {}", ex.getMessage());
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        } else {
            log.debug("Refused an image: {}", ex.getMessage());
        }
        return problem(ex, status, ex.getMessage(), headers, request);
    }

    /**
     * A multipart body Tomcat would not parse: too many parts (server.tomcat.max-part-count, hence
     * too many images in a batch), or malformed. Its size limits are handled below.
     */
    @ExceptionHandler
    ResponseEntity<Object> handleMultipartException(MultipartException ex, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        if (cause instanceof FileCountLimitExceededException tooMany) {
            return tooManyParts(ex, tooMany, request);
        }
        return problem(ex, HttpStatus.BAD_REQUEST, "The multipart/form-data body could not be parsed ("
                + cause.getMessage() + ").", new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring 7 reports Tomcat's part count limit as a size limit
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof FileCountLimitExceededException tooMany) {
            return tooManyParts(ex, tooMany, request);
        }
        return problem(ex, status, "The request is larger than the limit of " + readable(properties.maxRequestSize())
                + ".", headers, request);
    }

    private ResponseEntity<Object> tooManyParts(Exception ex, FileCountLimitExceededException tooMany,
            WebRequest request) {
        return problem(ex, HttpStatus.CONTENT_TOO_LARGE, "A request holds at most " + tooMany.getLimit()
                + " form fields, so a batch at most " + tooMany.getLimit() + " images.", new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(ex, status, "There is nothing at /" + ex.getResourcePath()
                + "; the API is described at /v3/api-docs and /swagger-ui/index.html.", headers, request);
    }

    /** "2 MB" rather than DataSize's "2097152B". */
    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    /** Counts refusals found before recognition; the recognizer counts its own. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (!(ex instanceof RecognitionException) && statusCode.is4xxClientError()) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            metrics.refused(Channel.API, known != null ? known.name().toLowerCase(Locale.ROOT)
                    : String.valueOf(statusCode.value()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatusCode status, String detail, HttpHeaders headers,
            WebRequest request) {
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }
}
