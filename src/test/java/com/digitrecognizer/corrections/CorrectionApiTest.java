package com.digitrecognizer.corrections;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;

import static com.digitrecognizer.corrections.CorrectionsClient.CORRECTIONS;
import static com.digitrecognizer.corrections.CorrectionsClient.digit;
import static org.assertj.core.api.Assertions.assertThat;

/** The corrections API through real HTTP against the running app, on its own empty database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "corrections.max-per-client-per-minute=1000", "security.admin.password=" + CorrectionApiTest.PASSWORD})
class CorrectionApiTest {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PASSWORD = "api-test-password";
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    CorrectionsClient api() {
        return new CorrectionsClient(port);
    }

    @Test
    void aCorrectionIsCreatedWithItsAddressAndTheModelsAnswer() {
        HttpResponse<String> created = api().post(digit(7), "1");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode body = JSON.readTree(created.body());
        assertThat(location).endsWith(CORRECTIONS + "/" + body.get("id").asLong());
        assertThat(body.get("label").asString()).isEqualTo("1");
        assertThat(body.get("modelAnswer").asString()).isEqualTo("7");
        assertThat(body.get("verdict").asString()).isEqualTo("digit");
        assertThat(body.get("channel").asString()).isEqualTo("api");
        assertThat(body.get("status").asString()).isEqualTo("NEW");
        assertThat(body.get("probabilities")).hasSize(11);

        JsonNode read = json(adminApi().get(location), 200);
        assertThat(read.get("label").asString()).isEqualTo("1");
        HttpResponse<String> image = adminApi().get(read.get("image").asString());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    /** A number sent for correction is read as the pad and /read read it: its text is the model's answer. */
    @Test
    void aNumbersAnswerIsTheNumberRead() {
        DrawnNumbers.Number number = new DrawnNumbers(3).of(MnistTestDigits.firstOf(2, 0, 2, 6), false);

        JsonNode created = json(api().post(number.png(), "2028"), 201);

        assertThat(created.get("modelAnswer").asString()).isEqualTo("2026");
        assertThat(created.get("probabilities")).isEmpty();
        assertThat(created.get("digitProbabilities")).hasSize(4).allSatisfy(digit -> assertThat(digit).hasSize(11));
        JsonNode listed = json(adminApi().get(CORRECTIONS + "?size=100"), 200);
        assertThat(listed.get("content").findValuesAsString("modelAnswer")).contains("2026");
        JsonNode one = json(api().post(digit(7), "1"), 201);
        assertThat(one.get("digitProbabilities")).hasSize(1);
        assertThat(one.get("digitProbabilities").get(0)).isEqualTo(one.get("probabilities"));
    }

    @Test
    void numbersAndNotADigitAreLabels() {
        assertThat(api().post(digit(2), "2026").statusCode()).isEqualTo(201);
        assertThat(api().post(digit(2), "1".repeat(20)).statusCode()).as("as many as the reader reads").isEqualTo(201);
        assertThat(api().post(digit(2), "not-a-digit").statusCode()).isEqualTo(201);
    }

    @Test
    void aBadOrMissingLabelIsAProblem() {
        for (String label : new String[]{"seven", "", "-1", "1".repeat(Labels.MAX_DIGITS + 1), "7 "}) {
            HttpResponse<String> refused = api().post(digit(7), label);
            assertThat(refused.statusCode()).as(label).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
            assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("label");
        }
        HttpResponse<String> missing = api().post(digit(7), null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    }

    @Test
    void twoImagesInOneCorrectionAreAProblemAndNothingIsSaved() {
        long before = JSON.readTree(adminApi().get(CORRECTIONS).body()).get("totalElements").asLong();

        HttpResponse<String> refused = api().post(List.of(digit(7), digit(2)), "7");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("one image");
        assertThat(JSON.readTree(adminApi().get(CORRECTIONS).body()).get("totalElements").asLong())
                .isEqualTo(before);
    }

    @Test
    void imagesAreRefusedAsPredictRefusesThem() {
        HttpResponse<String> garbage = api().post(new byte[]{1, 2, 3}, "7");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        HttpResponse<String> tooLarge = api().post(new byte[3 * 1024 * 1024], "7");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
    }

    @Test
    void theListIsNewestFirstWithTheTotalAndDeleteRemovesOne() {
        long first = JSON.readTree(api().post(digit(3), "3").body()).get("id").asLong();
        long second = JSON.readTree(api().post(digit(4), "4").body()).get("id").asLong();

        JsonNode page = json(adminApi().get(CORRECTIONS + "?page=0&size=2"), 200);
        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("content").get(0).get("id").asLong()).isEqualTo(second);
        assertThat(page.get("content").get(1).get("id").asLong()).isEqualTo(first);
        assertThat(page.get("content").get(0).has("image")).isTrue();

        assertThat(adminApi().delete(CORRECTIONS + "/" + first).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = adminApi().get(CORRECTIONS + "/" + first);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(adminApi().delete(CORRECTIONS + "/" + first).statusCode()).isEqualTo(404);
        assertThat(adminApi().get(CORRECTIONS + "?size=1000").statusCode()).isEqualTo(400);
        assertThat(adminApi().get(CORRECTIONS + "/abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheCorrectionsAndTheirLogin() {
        JsonNode openApi = json(api().get("/v3/api-docs"), 200);

        JsonNode create = openApi.at("/paths/~1api~1v1~1corrections/post");
        assertThat(create.at("/responses").propertyNames()).contains("201", "400", "413", "429", "503");
        assertThat(create.has("security")).as("anyone may send one").isFalse();
        assertThat(openApi.at("/paths/~1api~1v1~1corrections~1{id}/delete/security/0").has("basic")).isTrue();
        assertThat(openApi.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(openApi.at("/components/schemas/Correction/properties").propertyNames())
                .contains("label", "modelAnswer", "verdict", "status", "image");
    }

    /** The admin, over HTTP Basic, as another system reads and deletes. */
    CorrectionsClient adminApi() {
        return api().as("admin", PASSWORD);
    }

    static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
