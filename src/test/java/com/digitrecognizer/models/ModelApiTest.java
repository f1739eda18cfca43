package com.digitrecognizer.models;

import com.digitrecognizer.security.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API of model versions through real HTTP, and the answers of /predict as versions change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "security.admin.password=" + ModelApiTest.PASSWORD)
class ModelApiTest {

    static final String PASSWORD = "models-test-password";
    private static final String MODELS = "/api/v1/models";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;
    @Autowired
    ModelsProperties settings;
    @Autowired
    ModelRegistry registry;
    @Autowired
    AuditLog audit;

    @Test
    void anAdminPromotesAVersionAndRollsBackAndPredictionsNameTheModelThatMadeThem() {
        registry.promote(1, "test"); // whichever test ran before in this context
        String shipped = predictedModel();
        TestModels.copy(settings.versionsDir().resolve("2"), "api-second");
        TestModels.await(() -> registry.find(2).isPresent());

        HttpResponse<String> list = send(admin(MODELS).GET());
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(list.body());
        assertThat(body.get("live").asInt()).isEqualTo(1);
        assertThat(list.headers().firstValue("ETag")).hasValue("\"" + body.get("revision").asLong() + "\"");
        assertThat(body.get("versions")).anySatisfy(version -> {
            assertThat(version.get("number").asInt()).isEqualTo(2);
            assertThat(version.get("status").asString()).isEqualTo("OK");
            assertThat(version.get("live").asBoolean()).isFalse();
            assertThat(version.get("card").get("testAccuracy").asDouble()).isGreaterThan(0.99);
        });

        HttpResponse<String> promoted = send(admin(MODELS + "/2/promote").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(JSON.readTree(promoted.body()).get("promotedBy").asString()).isEqualTo("admin");
        assertThat(predictedModel()).isEqualTo("api-second");
        assertThat(audit.newest(0, 1).getFirst().action()).isEqualTo("promote-model");

        assertThat(send(admin(MODELS + "/1/promote").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
        assertThat(predictedModel()).isEqualTo(shipped);
    }

    @Test
    void unknownBrokenAndStaleAreProblems() {
        TestModels.withoutVariables(settings.versionsDir().resolve("3"));
        TestModels.await(() -> registry.find(3).isPresent());

        assertProblem(send(admin(MODELS + "/99/promote").POST(HttpRequest.BodyPublishers.noBody())), 404, "no model version 99");
        assertProblem(send(admin(MODELS + "/3/promote").POST(HttpRequest.BodyPublishers.noBody())), 409, "broken");
        String stale = "\"" + (registry.liveRevision() - 1) + "\"";
        assertProblem(send(admin(MODELS + "/1/promote").header("If-Match", stale)
                .POST(HttpRequest.BodyPublishers.noBody())), 409, "another promotion came first");
        assertProblem(send(admin(MODELS + "/1/promote").header("If-Match", "yesterday")
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "If-Match");
        assertProblem(send(admin(MODELS + "/one/promote").POST(HttpRequest.BodyPublishers.noBody())), 400, "");
    }

    @Test
    void anonymousCallersAreAskedToLogIn() {
        assertProblem(send(request(MODELS).GET()), 401, "Log in");
        assertProblem(send(request(MODELS + "/1/promote").POST(HttpRequest.BodyPublishers.noBody())), 401, "Log in");
    }

    private String predictedModel() {
        HttpResponse<String> predicted = send(request("/api/v1/predict").header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(digit7())));
        assertThat(predicted.statusCode()).isEqualTo(200);
        return JSON.readTree(predicted.body()).get("modelVersion").asString();
    }

    static byte[] digit7() {
        try (InputStream in = ModelApiTest.class.getResourceAsStream("/api/digit-7.png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailMentions) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).containsIgnoringCase(detailMentions);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpRequest.Builder admin(String path) {
        return request(path).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
