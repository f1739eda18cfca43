package com.digitrecognizer.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Real HTTP requests to the app under test, multipart bodies built by hand to send broken ones too. */
final class ApiClient {

    static final String BOUNDARY = "digit-boundary";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A request by any method, even one no servlet knows, without a body. */
    HttpResponse<String> send(String method, String path) {
        return send(request(path).method(method, BodyPublishers.noBody()).build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return post(path, contentType, BodyPublishers.ofByteArray(body));
    }

    /** Without a Content-Length: the body goes chunked, its size unknown until its end. */
    HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
        return post(path, contentType, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    /** A multipart/form-data body with each image in a field named {@code field}. */
    HttpResponse<String> postForm(String path, String field, List<byte[]> images) {
        return post(path, MULTIPART, form(field, images));
    }

    static byte[] form(String field, List<byte[]> images) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] image : images) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field
                    + "\"; filename=\"digit.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(image);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private HttpResponse<String> post(String path, String contentType, BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
