package com.digitrecognizer.api;

import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.HandDrawnNonDigits;
import com.digitrecognizer.recognition.Verdict;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/** /predict, /predict/batch, /model and the OpenAPI description, and every way of refusing a request. */
@ExtendWith(OutputCaptureExtension.class)
class RecognitionApiTest extends ApiTest {

    private static final String PREDICT = "/api/v1/predict";
    private static final String BATCH = "/api/v1/predict/batch";
    private static final int[] DIGITS = {0, 2, 3, 4, 7};

    @Test
    void recognisesAPngPostedAsTheBody() {
        JsonNode prediction = json(api().post(PREDICT, "image/png", TestImages.digit(7)), 200);

        assertThat(prediction.get("digit").asInt()).isEqualTo(7);
        assertThat(prediction.get("accepted").asBoolean()).isTrue();
        assertThat(prediction.get("verdict").asString()).isEqualTo("digit");
        assertThat(prediction.get("candidates").isArray()).isTrue();
        assertThat(prediction.get("candidates")).isEmpty();
        JsonNode probabilities = prediction.get("probabilities");
        assertThat(probabilities).hasSize(10);
        // the ten digits and "not a digit" share 1; "not a digit" is small for a clear 7
        assertThat(sum(probabilities) + prediction.get("notADigitProbability").asDouble()).isCloseTo(1, within(1e-4));
        assertThat(prediction.get("notADigitProbability").asDouble()).isLessThan(0.1);
        assertThat(prediction.get("confidence").asDouble()).isEqualTo(probabilities.get(7).asDouble());
        assertThat(prediction.get("modelVersion").asString()).isEqualTo(model().get("version").asString());
        assertThat(prediction.get("elapsedMs").asDouble()).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"jpeg, image/jpeg", "gif, image/gif", "bmp, image/bmp", "png, application/octet-stream"})
    void recognisesEveryImageFormat(String format, String contentType) {
        JsonNode prediction = json(api().post(PREDICT, contentType, TestImages.digit(4, format, 280)), 200);

        assertThat(prediction.get("digit").asInt()).isEqualTo(4);
    }

    @Test
    void recognisesAnImageSentAsAFormField() {
        JsonNode prediction = json(api().postForm(PREDICT, "image", List.of(TestImages.digit(2))), 200);

        assertThat(prediction.get("digit").asInt()).isEqualTo(2);
    }

    /** A letter and a scribble, drawn unlike anything the network learnt from. */
    @ParameterizedTest
    @CsvSource({"M", "wave"})
    void saysThatALetterOrAScribbleIsNotADigit(String name) {
        byte[] png = HandDrawnNonDigits.draw(name, Page.DARK_ON_LIGHT, 1).png();

        JsonNode prediction = json(api().post(PREDICT, "image/png", png), 200);

        assertThat(prediction.get("verdict").asString()).isEqualTo("not-a-digit");
        assertThat(prediction.get("accepted").asBoolean()).isFalse();
        assertThat(prediction.get("candidates")).isEmpty();
        assertThat(prediction.get("notADigitProbability").asDouble())
                .isGreaterThanOrEqualTo(prediction.get("confidence").asDouble());
        // the likeliest digit is still there, for who wants it, and so are the ten probabilities
        assertThat(prediction.get("digit").asInt()).isBetween(0, 9);
        assertThat(prediction.get("probabilities")).hasSize(10);
    }

    @Test
    void recognisesABatchInItsOrder() {
        List<byte[]> images = new ArrayList<>(IntStream.of(7, 2, 0, 4, 3).mapToObj(TestImages::digit).toList());
        images.add(HandDrawnNonDigits.draw("M", Page.DARK_ON_LIGHT, 1).png());

        JsonNode predictions = json(api().postForm(BATCH, "image", images), 200);

        assertThat(predictions.findValuesAsString("digit").subList(0, 5)).containsExactly("7", "2", "0", "4", "3");
        assertThat(predictions.findValuesAsString("verdict"))
                .containsExactly("digit", "digit", "digit", "digit", "digit", "not-a-digit");
        assertThat(predictions.findValues("accepted")).extracting(JsonNode::asBoolean)
                .containsExactly(true, true, true, true, true, false);
    }

    @Test
    void describesTheModel() {
        JsonNode model = model();

        assertThat(model.get("version").asString()).isNotBlank();
        assertThat(model.get("testAccuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(model.at("/input/shape").asString()).isEqualTo("[-1,28,28,1]");
    }

    @Test
    void servesTheOpenApiDescriptionAndItsPage() {
        JsonNode openApi = json(api().get("/v3/api-docs"), 200);
        HttpResponse<String> page = api().get("/swagger-ui/index.html");

        assertThat(openApi.get("paths").propertyNames())
                .containsExactlyInAnyOrder(PREDICT, BATCH, "/api/v1/read", "/api/v1/model", "/api/v1/corrections",
                        "/api/v1/corrections/{id}", "/api/v1/corrections/{id}/image", "/api/v1/models",
                        "/api/v1/models/{version}/promote", "/api/v1/models/retrain", "/api/v1/models/jobs/{id}");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheVerdict() {
        JsonNode openApi = json(api().get("/v3/api-docs"), 200);
        JsonNode properties = openApi.at("/components/schemas/DigitPrediction/properties");

        assertThat(properties.propertyNames()).containsExactlyInAnyOrder("digit", "confidence", "accepted", "verdict",
                "candidates", "probabilities", "notADigitProbability", "modelVersion", "elapsedMs");
        assertThat(properties.at("/accepted/type").asString()).isEqualTo("boolean");
        assertThat(properties.at("/verdict/enum").valueStream().map(JsonNode::asString))
                .containsExactly(Arrays.stream(Verdict.values()).map(Verdict::label).toArray(String[]::new));
        assertThat(properties.at("/candidates/type").asString()).isEqualTo("array");
        assertThat(properties.at("/candidates/maxItems").asInt()).isEqualTo(2);
        assertThat(properties.at("/notADigitProbability/type").asString()).isEqualTo("number");
        for (String name : List.of("accepted", "verdict", "candidates", "notADigitProbability")) {
            assertThat(properties.at("/" + name + "/description").asString()).as(name).isNotBlank();
        }
    }

    @Test
    void refusesAnEmptyImage() {
        assertProblem(api().post(PREDICT, "image/png", new byte[0]), 400, "empty");
    }

    @Test
    void refusesDataThatIsNoImage() {
        assertProblem(api().post(PREDICT, "application/octet-stream", "not an image".getBytes()), 400, "not an image");
    }

    @Test
    void refusesATruncatedImage() {
        assertProblem(api().post(PREDICT, "image/png", TestImages.truncatedDigit(3000)), 400, "truncated");
    }

    @Test
    void refusesAMalformedMultipartBody() {
        byte[] form = ApiClient.form("image", List.of(TestImages.digit(7)));
        byte[] cut = Arrays.copyOf(form, form.length / 2);

        assertProblem(api().post(PREDICT, ApiClient.MULTIPART, cut), 400, "multipart");
    }

    /** Two images where one is read: which was meant would be a guess, so neither is read. */
    @Test
    void refusesAFormWithTwoImagesWhereOneIsRead() {
        for (String path : List.of(PREDICT, "/api/v1/read")) {
            assertProblem(api().postForm(path, "image", List.of(TestImages.digit(7), TestImages.digit(2))), 400,
                    "/api/v1/predict/batch");
        }
    }

    @Test
    void refusesAFormWithoutTheImageField() {
        assertProblem(api().postForm(PREDICT, "picture", List.of(TestImages.digit(7))), 400, "'image'");
        assertProblem(api().postForm(BATCH, "picture", List.of(TestImages.digit(7))), 400, "'image'");
    }

    @ParameterizedTest
    @CsvSource({"text/plain", "application/json", "image/webp"})
    void refusesAContentTypeThatIsNoImage(String contentType) {
        assertProblem(api().post(PREDICT, contentType, TestImages.digit(7)), 415, contentType);
    }

    @Test
    void refusesABodyOverTheLimit() {
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];

        assertProblem(api().post(PREDICT, "image/png", threeMegabytes), 413, "2 MB");
        assertProblem(api().postChunked(PREDICT, "image/png", threeMegabytes), 413, "2 MB");
        assertProblem(api().postForm(PREDICT, "image", List.of(threeMegabytes)), 413, "2 MB");
    }

    @Test
    void refusesAPngBombFromItsHeader() {
        byte[] bomb = TestImages.pngBomb(30_000, 1024 * 1024);

        HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> api().post(PREDICT, "image/png", bomb));

        assertProblem(response, 413, "30000x30000");
    }

    @Test
    void refusesABatchOfMoreThan256Images() {
        List<byte[]> images = Collections.nCopies(257, TestImages.digit(7, "png", 28));

        assertProblem(api().postForm(BATCH, "image", images), 413, "256");
    }

    @Test
    void refusesABatchWithOneBadImageNamingIt() {
        List<byte[]> images = List.of(TestImages.digit(7), new byte[0], TestImages.digit(2));

        assertProblem(api().postForm(BATCH, "image", images), 400, "Image 2 of 3");
    }

    @Test
    void refusesABlankPage() {
        assertProblem(api().post(PREDICT, "image/png", TestImages.blankPage()), 422, "blank");
    }

    @Test
    void answersAWrongMethodAndAnUnknownPathAsProblems() {
        assertProblem(api().get(PREDICT), 405, "GET");
        assertProblem(api().get("/api/v1/nothing"), 404, "/api/v1/nothing");
    }

    /** What Tomcat or the security firewall refuses before any controller is a problem too, not a redirect to the login. */
    @Test
    void answersWhatTheContainerRefusesAsAProblem() {
        assertProblem(api().post("/api/v1//predict", "image/png", TestImages.digit(7)), 400, "refused");
        HttpResponse<String> dotSegment = api().get("/api/v1/%2e%2e/actuator/env");
        assertProblem(dotSegment, 400, "refused");
        assertThat(json(dotSegment, 400).get("instance").asString()).isEqualTo("/api/v1/%2e%2e/actuator/env");
        assertProblem(api().post(PREDICT + ";jsessionid=1", "image/png", TestImages.digit(7)), 400, "refused");
        HttpResponse<String> unknownMethod = api().send("FOO", PREDICT);
        assertProblem(unknownMethod, 400, "refused");
        assertThat(json(unknownMethod, 400).get("instance").asString()).isEqualTo(PREDICT);
    }

    /**
     * A fault of the server's own (the network's inference failing, the heap running out) is a
     * problem the client can read, 500 or 503, never the login page's redirect of the container's
     * error page; the next request is answered as ever.
     */
    @Test
    void answersAFaultOfItsOwnAsAProblem(CapturedOutput output) {
        doThrow(new IllegalStateException("the inference failed")).when(classifier).classify(any(), anyInt());
        assertProblem(api().post(PREDICT, "image/png", TestImages.digit(7)), 500, "not the request's fault");
        assertThat(output).contains("the inference failed");

        doThrow(new OutOfMemoryError("Java heap space")).when(classifier).classify(any(), anyInt());
        HttpResponse<String> outOfMemory = api().post(PREDICT, "image/png", TestImages.digit(7));
        assertProblem(outOfMemory, 503, "try again");
        assertThat(outOfMemory.headers().firstValue("Retry-After")).hasValue("1");

        doCallRealMethod().when(classifier).classify(any(), anyInt());
        assertThat(json(api().post(PREDICT, "image/png", TestImages.digit(7)), 200).get("digit").asInt()).isEqualTo(7);
    }

    /** The only slot is held by a request whose inference the test keeps going: any other is told "busy". */
    @Test
    void answersBusyWhileTheOnlySlotIsTaken() throws Exception {
        CountDownLatch inferring = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        doAnswer(call -> {
            if (first.getAndSet(false)) {
                inferring.countDown();
                finish.await();
            }
            return call.callRealMethod();
        }).when(classifier).classify(any(), anyInt());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> holding = pool.submit(() -> api().post(PREDICT, "image/png", TestImages.digit(3)));
            assertThat(inferring.await(30, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> single = api().post(PREDICT, "image/png", TestImages.digit(7));
            HttpResponse<String> batch = api().postForm(BATCH, "image", List.of(TestImages.digit(7), TestImages.digit(2)));

            finish.countDown();
            assertThat(json(holding.get(30, TimeUnit.SECONDS), 200).get("digit").asInt()).isEqualTo(3);
            for (HttpResponse<String> busy : List.of(single, batch)) {
                assertProblem(busy, 429, "busy");
                assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
            }
            assertThat(json(api().post(PREDICT, "image/png", TestImages.digit(7)), 200).get("digit").asInt())
                    .as("the slot is free again").isEqualTo(7);
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    /**
     * Flooders and one sender of good requests start together (a latch), and the flooders keep
     * going until every good request is answered (each sends every kind at least once), so the
     * two overlap for the whole run.
     */
    @Test
    void answersGoodRequestsRightWhileBadOnesFloodInAtTheSameTime(CapturedOutput output) throws Exception {
        byte[] bomb = TestImages.pngBomb(30_000, 1024 * 1024);
        byte[] tooLarge = new byte[3 * 1024 * 1024];
        byte[] truncated = TestImages.truncatedDigit(3000);
        byte[] blank = TestImages.blankPage();
        List<BadRequest> badRequests = List.of(
                new BadRequest(() -> api().post(PREDICT, "application/octet-stream", "garbage".getBytes()), 400),
                new BadRequest(() -> api().post(PREDICT, "image/png", bomb), 413),
                new BadRequest(() -> api().post(PREDICT, "image/png", tooLarge), 413),
                new BadRequest(() -> api().post(PREDICT, "image/png", truncated), 400),
                new BadRequest(() -> api().post(PREDICT, "text/plain", "7".getBytes()), 415),
                new BadRequest(() -> api().post(PREDICT, "image/png", blank), 422));
        int flooders = 6;
        int goodRequests = 30;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean goodOnesAnswered = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(flooders);
        List<Future<List<String>>> floods = new ArrayList<>();
        for (int flooder = 0; flooder < flooders; flooder++) {
            int first = flooder;
            floods.add(pool.submit(() -> {
                start.await();
                List<String> answers = new ArrayList<>();
                for (int sent = 0; sent < badRequests.size() || !goodOnesAnswered.get(); sent++) {
                    BadRequest bad = badRequests.get((first + sent) % badRequests.size());
                    answers.add(bad.expected() + " -> " + bad.request().get().statusCode());
                }
                return answers;
            }));
        }

        start.countDown();
        try {
            for (int i = 0; i < goodRequests; i++) {
                int digit = DIGITS[i % DIGITS.length];
                JsonNode prediction = json(api().post(PREDICT, "image/png", TestImages.digit(digit)), 200);
                assertThat(prediction.get("digit").asInt()).isEqualTo(digit);
            }
        } finally {
            goodOnesAnswered.set(true);
            pool.shutdown();
        }

        for (Future<List<String>> flood : floods) {
            List<String> answers = flood.get(60, TimeUnit.SECONDS);
            assertThat(answers).as("a flooder's answers").hasSizeGreaterThanOrEqualTo(badRequests.size())
                    .allSatisfy(answer -> assertThat(answer).as("expected -> got").matches("(\\d+) -> \\1"));
        }
        assertThat(output.getOut()).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    /** A request the API must refuse, and the status it must refuse it with. */
    private record BadRequest(Supplier<HttpResponse<String>> request, int expected) {
    }

    private JsonNode model() {
        return json(api().get("/api/v1/model"), 200);
    }

    private static double sum(JsonNode numbers) {
        double sum = 0;
        for (JsonNode number : numbers) {
            sum += number.asDouble();
        }
        return sum;
    }
}
