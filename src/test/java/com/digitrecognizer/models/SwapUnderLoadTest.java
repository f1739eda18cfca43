package com.digitrecognizer.models;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promotions back and forth while clients keep predicting over HTTP (batching on): no request
 * fails, and every answer names the model live when it started or one swapped in while it ran.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "security.admin.password=" + ModelApiTest.PASSWORD) // ModelApiTest's context, reused
class SwapUnderLoadTest {

    private static final int CLIENTS = 8;
    private static final int SWAPS = 10;
    private static final int SECOND = 5;

    @LocalServerPort
    int port;
    @Autowired
    ModelRegistry registry;
    @Autowired
    ModelsProperties settings;

    @Test
    void swapsUnderLoadFailNoRequestAndEveryAnswerNamesTheOldOrTheNewModel() throws Exception {
        registry.promote(1, "test");
        String first = registry.live().name();
        TestModels.copy(settings.versionsDir().resolve(String.valueOf(SECOND)), "load-second");
        TestModels.await(() -> registry.find(SECOND).isPresent());
        AtomicInteger swapsStarted = new AtomicInteger();
        AtomicInteger swapsDone = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> answered = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            answered.add(clients.submit(() -> {
                int count = 0;
                while (running.get()) {
                    int doneBefore = swapsDone.get();
                    HttpResponse<String> response = predict();
                    int startedAfter = swapsStarted.get();
                    String model = response.statusCode() == 200
                            ? JsonMapper.shared().readTree(response.body()).get("modelVersion").asString() : null;
                    boolean expected = false;
                    for (int swaps = doneBefore; swaps <= startedAfter; swaps++) {
                        expected |= (swaps % 2 == 0 ? first : "load-second").equals(model);
                    }
                    if (!expected) {
                        wrong.add(response.statusCode() + " " + model + " after " + doneBefore + " to " + startedAfter);
                    }
                    count++;
                }
                return count;
            }));
        }
        for (int swap = 1; swap <= SWAPS; swap++) {
            Thread.sleep(150);
            swapsStarted.incrementAndGet();
            registry.promote(swap % 2 == 0 ? 1 : SECOND, "test");
            swapsDone.incrementAndGet();
        }
        Thread.sleep(150);
        running.set(false);
        int total = 0;
        for (Future<Integer> client : answered) {
            total += client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(wrong).isEmpty();
        assertThat(total).isGreaterThan(SWAPS * CLIENTS);
    }

    private HttpResponse<String> predict() {
        return ModelApiTest.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/predict"))
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(ModelApiTest.digit7())));
    }
}
