package com.digitrecognizer.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The container's error page, as the problem+json every other refusal is: what Tomcat or the security
 * firewall answers on its own (an address with "//" or ";", a method it does not know), before any
 * controller could. In place of Spring Boot's error page, whose HTML or JSON says the same less plainly.
 */
@RestController
class ContainerErrors implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null ? HttpStatus.resolve(code) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is4xxClientError() || status == HttpStatus.NOT_IMPLEMENTED
                ? "The request was refused: " + status.getReasonPhrase() + "."
                : ServerFaultHandler.FAULT_DETAIL;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(uriOrNull(path)); // the address asked for, as sent, not "/error"
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static URI uriOrNull(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
