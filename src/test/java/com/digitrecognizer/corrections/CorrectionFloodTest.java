package com.digitrecognizer.corrections;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static com.digitrecognizer.corrections.CorrectionsClient.digit;
import static org.assertj.core.api.Assertions.assertThat;

/** One client sending more corrections than allowed is told to wait (429, Retry-After), not served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "corrections.max-per-client-per-minute=5"})
class CorrectionFloodTest {

    @LocalServerPort
    int port;

    @Test
    void aFloodGets429AfterTheAllowance() {
        CorrectionsClient api = new CorrectionsClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(digit(0), "1").statusCode()).isEqualTo(201);
        }
        HttpResponse<String> refused = api.post(digit(0), "1");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue(CorrectionApiTest.PROBLEM_JSON);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("12");
    }
}
