package com.digitrecognizer;

import com.digitrecognizer.DrawnDigits.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations rely on: health that means the model answers, and metrics that move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics // tests leave metrics export off unless asked
@AutoConfigureRestTestClient
class OperationsTest {

    @Autowired
    RestTestClient http;

    @Test
    void healthIsUpWhenTheModelRecognisesTheProbeDigitAndShowsNoDetailsToAnonymousCallers() {
        String body = http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        JsonNode health = JsonMapper.shared().readTree(body);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).as(body).isFalse();
        assertThat(health.has("details")).as(body).isFalse();
        assertThat(body).doesNotContain("probe").doesNotContain("modelVersion");
    }

    @Test
    void metricsMoveAfterPredictionsAndRefusals() throws IOException {
        String predicted = "digits_predictions_total{channel=\"api\",digit=\"7\"}";
        String digitVerdicts = "digits_verdicts_total{channel=\"api\",verdict=\"digit\"}";
        String notADigitVerdicts = "digits_verdicts_total{channel=\"api\",verdict=\"not-a-digit\"}";
        String refused = "digits_refused_total{channel=\"api\",reason=\"unsupported_media_type\"}";
        double predictedBefore = metric(predicted);
        double digitVerdictsBefore = metric(digitVerdicts);
        double notADigitVerdictsBefore = metric(notADigitVerdicts);
        double refusedBefore = metric(refused);

        post(new ClassPathResource("api/digit-7.png").getContentAsByteArray(), MediaType.IMAGE_PNG);
        post(HandDrawnNonDigits.draw("M", Page.DARK_ON_LIGHT, 1).png(), MediaType.IMAGE_PNG);
        post("not an image".getBytes(), MediaType.TEXT_PLAIN);

        // the letter counts as a verdict only: digits_predictions_total counts the digits answered
        assertThat(metric(predicted)).isEqualTo(predictedBefore + 1);
        assertThat(metric(digitVerdicts)).isEqualTo(digitVerdictsBefore + 1);
        assertThat(metric(notADigitVerdicts)).isEqualTo(notADigitVerdictsBefore + 1);
        assertThat(metric(refused)).isEqualTo(refusedBefore + 1);
        assertThat(scrape()).contains("digits_prediction_seconds_bucket{channel=\"api\"")
                .containsPattern("digits_model_info\\{version=\"mnist-cnn-[^\"]+\"} 1")
                .contains("digits_model_test_accuracy 0.99");
    }

    private void post(byte[] body, MediaType type) {
        http.post().uri("/api/v1/predict").contentType(type).body(body).exchange();
    }

    private String scrape() {
        return http.get().uri("/actuator/prometheus").exchange().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    /** The value of one series in the Prometheus scrape, 0 while it does not exist yet. */
    private double metric(String series) {
        Matcher value = Pattern.compile(Pattern.quote(series) + " (\\S+)").matcher(scrape());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
