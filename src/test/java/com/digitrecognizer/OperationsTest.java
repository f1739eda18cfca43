package com.digitrecognizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations rely on: health that means the model answers, and metrics that move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // tests leave metrics export off unless asked
class OperationsTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthIsUpWhenTheModelRecognisesTheProbeDigit() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"probe\":\"expected 7, got 7\"");
    }

    @Test
    void metricsMoveAfterPredictionsAndRefusals() throws IOException {
        String predicted = "digits_predictions_total{channel=\"api\",digit=\"7\"}";
        String refused = "digits_refused_total{channel=\"api\",reason=\"unsupported_media_type\"}";
        double predictedBefore = metric(predicted);
        double refusedBefore = metric(refused);

        post(new ClassPathResource("api/digit-7.png").getContentAsByteArray(), MediaType.IMAGE_PNG);
        post("not an image".getBytes(), MediaType.TEXT_PLAIN);

        assertThat(metric(predicted)).isEqualTo(predictedBefore + 1);
        assertThat(metric(refused)).isEqualTo(refusedBefore + 1);
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        assertThat(scrape).contains("digits_prediction_seconds_bucket{channel=\"api\"")
                .containsPattern("digits_model_info\\{version=\"mnist-cnn-[^\"]+\"} 1")
                .contains("digits_model_test_accuracy 0.99");
    }

    private void post(byte[] body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        http.postForEntity("/api/v1/predict", new HttpEntity<>(body, headers), String.class);
    }

    /** The value of one series in the Prometheus scrape, 0 while it does not exist yet. */
    private double metric(String series) {
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        Matcher value = Pattern.compile(Pattern.quote(series) + " (\\S+)").matcher(scrape);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
