package com.digitrecognizer.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Latency of the REST API of an app already running on this machine (loopback only): how fast a
 * PNG bomb is refused, and how good requests fare alone and beside a flood of bad ones. Not a
 * test (surefire runs *Test only):
 * {@code ./mvnw -q test-compile && java -cp target/test-classes com.digitrecognizer.api.ApiBench [port]}
 */
class ApiBench {

    private static final String PREDICT = "/api/v1/predict";
    private static final int BOMBS = 200;
    private static final int GOOD = 1000;
    private static final int FLOOD_THREADS = 8;

    public static void main(String[] args) throws Exception {
        ApiClient api = new ApiClient(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
        byte[] seven = TestImages.digit(7);
        byte[] bomb = TestImages.pngBomb(30_000, 1024 * 1024);
        Runnable good = () -> expect(api.post(PREDICT, "image/png", seven), 200, "\"digit\":7");

        timed(200, good); // warm-up
        report("PNG bomb 30000x30000 (1 MB) refused", timed(BOMBS, () -> expect(api.post(PREDICT, "image/png", bomb), 413, "")));
        report("good request alone", timed(GOOD, good));

        List<Supplier<HttpResponse<String>>> bad = List.of(
                () -> api.post(PREDICT, "application/octet-stream", "garbage".getBytes()),
                () -> api.post(PREDICT, "image/png", bomb),
                () -> api.post(PREDICT, "image/png", new byte[3 * 1024 * 1024]),
                () -> api.post(PREDICT, "image/png", TestImages.truncatedDigit(3000)),
                () -> api.post(PREDICT, "text/plain", "7".getBytes()));
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(FLOOD_THREADS);
        List<Future<Map<Integer, Integer>>> floods = new ArrayList<>();
        for (int t = 0; t < FLOOD_THREADS; t++) {
            floods.add(pool.submit(() -> {
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (int i = 0; flooding.get(); i++) {
                    statuses.merge(bad.get(i % bad.size()).get().statusCode(), 1, Integer::sum);
                }
                return statuses;
            }));
        }
        long start = System.nanoTime();
        double[] during = timed(GOOD, good);
        double seconds = (System.nanoTime() - start) / 1e9;
        flooding.set(false);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Map<Integer, Integer>> flood : floods) {
            flood.get().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
        }
        pool.shutdown();
        report("good request beside " + FLOOD_THREADS + " threads of bad requests", during);
        int sent = statuses.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("  the flood sent %d bad requests (%.0f/s), answered %s%n", sent, sent / seconds, statuses);
    }

    private static void expect(HttpResponse<String> response, int status, String bodyMentions) {
        if (response.statusCode() != status || !response.body().contains(bodyMentions)) {
            throw new IllegalStateException("unexpected answer " + response.statusCode() + ": " + response.body());
        }
    }

    /** Milliseconds of each of {@code n} runs, sorted. */
    private static double[] timed(int n, Runnable action) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] sortedMs) {
        System.out.printf("%s: n=%d, median %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sortedMs.length,
                sortedMs[sortedMs.length / 2], sortedMs[(int) Math.ceil(sortedMs.length * 0.99) - 1],
                sortedMs[sortedMs.length - 1]);
    }
}
