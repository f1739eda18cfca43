package com.digitrecognizer.corrections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Base64;

/** Real HTTP to the corrections API of the app under test, as another system would call it. */
final class CorrectionsClient {

    static final String CORRECTIONS = "/api/v1/corrections";
    private static final String BOUNDARY = "correction-boundary";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization; // null: anonymous

    CorrectionsClient(int port) {
        this(port, null);
    }

    private CorrectionsClient(int port, String authorization) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    /** The same client sending HTTP Basic credentials. */
    CorrectionsClient as(String user, String password) {
        return new CorrectionsClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A correction: the image in field "image", the label in field "label" (left out when null). */
    HttpResponse<String> post(byte[] image, String label) {
        return post(List.of(image), label);
    }

    /** A correction's form with each image in a field named "image" (one is right) and the label, if not null. */
    HttpResponse<String> post(List<byte[]> images, String label) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] image : images) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"d.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(image);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (label != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n" + label
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send(request(CORRECTIONS).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** An image as a raw PNG body, as /api/v1/predict takes it. */
    HttpResponse<String> postRaw(String path, byte[] png) {
        return send(request(path).header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(png)));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** An MNIST test digit as a 280x280 PNG, black on white (src/test/resources/api). */
    static byte[] digit(int digit) {
        try (InputStream in = CorrectionsClient.class.getResourceAsStream("/api/digit-" + digit + ".png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
