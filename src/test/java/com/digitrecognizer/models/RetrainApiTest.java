package com.digitrecognizer.models;

import com.digitrecognizer.PadBar;
import com.digitrecognizer.Readings;
import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Recognizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retraining API over real HTTP: admins only, 409 with nothing to learn from or while a job
 * runs, 202 with the job's address, and a cancel that ends the job with nothing made. The job is
 * held at its start ({@link HeldVersions}) so that it is surely running while it is tested.
 */
@Import(HeldVersions.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "security.admin.password=" + RetrainApiTest.PASSWORD, "models.retrain.mnist-folder=target/no-mnist-needed"})
class RetrainApiTest {

    static final String PASSWORD = "retrain-test-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;
    @Autowired
    Corrections corrections;
    @Autowired
    Recognizer recognizer;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void hold() {
        HeldVersions.hold();
    }

    @AfterEach
    void release() {
        HeldVersions.release();
    }

    @Test
    void onlyAdminsRetrainAndOnlyWithAcceptedCorrectionsOneJobAtATime() throws Exception {
        jdbc.sql("DELETE FROM correction").update();
        assertThat(send("POST", "/api/v1/models/retrain", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/models/retrain", "wrong").statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/models/jobs/1", null).statusCode()).isEqualTo(401);

        HttpResponse<String> nothing = send("POST", "/api/v1/models/retrain", PASSWORD);
        assertThat(nothing.statusCode()).isEqualTo(409);
        assertThat(nothing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonMapper.shared().readTree(nothing.body()).get("detail").asString())
                .contains("no accepted corrections");

        InkRaster bar = PadBar.drawing();
        var reading = Readings.of(recognizer.recognize(bar));
        List<Long> ids = List.of(corrections.save(bar, reading, "1", null).id(),
                corrections.save(bar, reading, "not-a-digit", null).id(),
                corrections.save(bar, reading, "2026", null).id());
        corrections.review(ids, Status.ACCEPTED);

        HttpResponse<String> started = send("POST", "/api/v1/models/retrain", PASSWORD);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = JsonMapper.shared().readTree(started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/models/jobs/" + job.get("id").asLong());
        assertThat(job.get("state").asString()).isEqualTo("RUNNING");
        assertThat(job.get("corrections").asInt()).as("the number stays out").isEqualTo(2);
        assertThat(job.get("startedBy").asString()).isEqualTo("admin");

        assertThat(send("POST", "/api/v1/models/retrain", PASSWORD).statusCode()).isEqualTo(409);
        assertThat(state(send("GET", location, PASSWORD))).isEqualTo("RUNNING");
        assertThat(send("DELETE", location, PASSWORD).statusCode()).isEqualTo(202);
        HeldVersions.release();

        assertThat(stateWithin(location, Duration.ofSeconds(30))).isEqualTo("CANCELLED");
        assertThat(send("DELETE", location, PASSWORD).statusCode()).as("no longer running").isEqualTo(409);
        assertThat(send("GET", "/api/v1/models/jobs/999", PASSWORD).statusCode()).isEqualTo(404);
        assertThat(Path.of("target/retrain/staging/job-" + job.get("id").asLong())).doesNotExist();
    }

    /** The job's state once it is no longer running, or after {@code wait}. */
    private String stateWithin(String location, Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        String state = state(send("GET", location, PASSWORD));
        while (state.equals("RUNNING") && System.nanoTime() < end) {
            Thread.sleep(50);
            state = state(send("GET", location, PASSWORD));
        }
        return state;
    }

    private static String state(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body()).get("state").asString();
    }

    private HttpResponse<String> send(String method, String path, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                : "http://127.0.0.1:" + port + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (password != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
