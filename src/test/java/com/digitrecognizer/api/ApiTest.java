package com.digitrecognizer.api;

import com.digitrecognizer.recognition.DigitClassifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API through real HTTP against the running app, Vaadin included (it must leave /api/**
 * alone); one application context for every API test class. Properties: one recognition at a
 * time and no waiting for a slot, so that a recognition that finds the slot taken is refused as
 * busy at once. The classifier is the real one, spied on so that a test can hold an inference in
 * progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "recognition.max-in-flight=1", "recognition.max-wait=0ms"})
abstract class ApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    private int port;

    @MockitoSpyBean
    DigitClassifier classifier;

    ApiClient api() {
        return new ApiClient(port);
    }

    static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String detailMentions) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        JsonNode problem = json(response, status);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).containsIgnoringCase(detailMentions);
    }
}
