package com.digitrecognizer.corrections;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;

import static com.digitrecognizer.corrections.CorrectionsClient.digit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on a real PostgreSQL that goes away while it runs: recognition carries on, a
 * correction is refused with 503 problem+json (no 500, no stack trace), and so are the admin's
 * lists of corrections and model versions; health says DEGRADED.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "security.admin.password=" + DatabaseDownTest.PASSWORD)
class DatabaseDownTest extends OwnPostgresApp {

    static final String PASSWORD = "down-test-password";

    @Test
    void withTheDatabaseGoneRecognitionWorksAndACorrectionIsA503() throws IOException {
        CorrectionsClient api = new CorrectionsClient(port);
        assertThat(api.post(digit(7), "1").statusCode()).isEqualTo(201);
        assertThat(health(api)).isEqualTo("UP");

        postgres.close();

        HttpResponse<String> refused = api.post(digit(7), "1");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue(CorrectionApiTest.PROBLEM_JSON);
        assertThat(JsonMapper.shared().readTree(refused.body()).get("detail").asString())
                .contains("database is not available").doesNotContain("Exception");
        HttpResponse<String> predicted = new CorrectionsClient(port).postRaw("/api/v1/predict", digit(7));
        assertThat(predicted.statusCode()).isEqualTo(200);
        assertThat(health(api)).isEqualTo("DEGRADED");
        CorrectionsClient admin = api.as("admin", PASSWORD);
        for (String list : new String[] {"/api/v1/corrections", "/api/v1/models"}) {
            HttpResponse<String> unavailable = admin.get(list);
            assertThat(unavailable.statusCode()).as(list + ": " + unavailable.body()).isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Content-Type")).hasValue(CorrectionApiTest.PROBLEM_JSON);
        }
    }

    private static String health(CorrectionsClient api) {
        HttpResponse<String> health = api.get("/actuator/health");
        assertThat(health.statusCode()).as("load balancers keep routing to the app").isEqualTo(200);
        return JsonMapper.shared().readTree(health.body()).get("status").asString();
    }
}
