package com.digitrecognizer.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;

/**
 * Reads a raw request body into memory, never more than the limit: a body that declares a
 * larger length is refused before a byte is read, and one without a length (chunked) as soon
 * as it passes the limit.
 */
@Component
class BodyReader {

    private final long maxBytes;

    BodyReader(ApiProperties properties) {
        this.maxBytes = properties.maxRequestSize().toBytes();
    }

    byte[] read(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxBytes) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The request body broke off before its end (" + e.getMessage() + ").", e);
        }
        if (body.length > maxBytes) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        return body;
    }
}
