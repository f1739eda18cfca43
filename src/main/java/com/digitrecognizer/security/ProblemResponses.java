package com.digitrecognizer.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The API's refusals of who may not, as the problem+json its other refusals are. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** 401 with a Basic challenge: other systems log in with HTTP Basic. */
    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Digit Recognizer\"");
            write(response, HttpStatus.UNAUTHORIZED, "Log in as an admin (HTTP Basic, or the login page's session).");
        };
    }

    /** 403: logged in, but not an admin, or a session's request without its CSRF token. */
    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "Not allowed: this needs the ADMIN role (and, with a login session, its CSRF token).");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
