package com.digitrecognizer.models;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swaps the live model back and forth under API load and checks every answer (bench/swap.sh starts
 * the app). {@code connections} clients POST a PNG to /api/v1/predict without pause; after a
 * warm-up an admin promotes version B, then A, ... {@code swaps} times, {@code gapMs} apart. A wrong-model
 * answer names neither the model live when the request started nor one promoted while it ran.
 * The swap pause: the p99 latency of the requests that start within 100 ms after a swap (the first
 * on the new model) less the p99 of the requests that overlap no promotion call. Apart from it, what
 * the model load adds: the same for every request overlapping a promotion call (the load, 0.3-1 s of
 * CPU, shares the two cores with them).
 * Arguments: base URL, admin user:password, PNG file, connections, swaps, gap ms, version A, version B.
 * Needs only the JDK: {@code java src/bench/java/com/digitrecognizer/models/SwapLoad.java ...}.
 */
public final class SwapLoad {

    private static final Pattern MODEL = Pattern.compile("\"modelVersion\"\\s*:\\s*\"([^\"]*)\"");
    private static final long WARM_UP_MS = 10_000;
    private static final long FIRST_AFTER_NANOS = 100_000_000L;

    private record Call(long start, long end, int status, String model) {
    }

    private record Swap(long start, long end, String model) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String authorization = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        byte[] png = Files.readAllBytes(Path.of(args[2]));
        int connections = Integer.parseInt(args[3]);
        int swaps = Integer.parseInt(args[4]);
        long gapMs = Long.parseLong(args[5]);
        int[] versions = {Integer.parseInt(args[6]), Integer.parseInt(args[7])};
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        String first = promote(http, base, authorization, versions[0]);
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    calls.add(predict(http, base, png));
                }
            }));
        }
        Thread.sleep(WARM_UP_MS);
        calls.clear();
        List<Swap> done = new ArrayList<>();
        for (int s = 1; s <= swaps; s++) {
            Thread.sleep(gapMs);
            long start = System.nanoTime();
            String model = promote(http, base, authorization, versions[s % 2]);
            done.add(new Swap(start, System.nanoTime(), model));
        }
        Thread.sleep(gapMs);
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        report(new ArrayList<>(calls), done, first);
    }

    private static void report(List<Call> calls, List<Swap> swaps, String first) {
        long failed = calls.stream().filter(c -> c.status() != 200).count();
        long serverErrors = calls.stream().filter(c -> c.status() >= 500 || c.status() < 0).count();
        long wrong = calls.stream().filter(c -> c.status() == 200 && !allowed(c, swaps, first)).count();
        List<Long> away = new ArrayList<>();
        List<Long> during = new ArrayList<>();
        List<Long> firstAfter = new ArrayList<>();
        for (Call call : calls) {
            long latency = call.end() - call.start();
            if (swaps.stream().noneMatch(s -> call.start() < s.end() && call.end() > s.start())) {
                away.add(latency);
            } else {
                during.add(latency);
            }
            if (swaps.stream().anyMatch(s -> call.start() >= s.end() && call.start() < s.end() + FIRST_AFTER_NANOS)) {
                firstAfter.add(latency);
            }
        }
        List<Long> promotions = swaps.stream().map(s -> s.end() - s.start()).toList();
        System.out.printf(Locale.ROOT, "requests %d, failed %d, 5xx or no answer %d, wrong-model answers %d, swaps %d%n",
                calls.size(), failed, serverErrors, wrong, swaps.size());
        System.out.printf(Locale.ROOT, "latency of requests overlapping no promotion (%d): p50 %.1f ms, p99 %.1f ms%n",
                away.size(), ms(percentile(away, 50)), ms(percentile(away, 99)));
        System.out.printf(Locale.ROOT, "... overlapping a promotion call, model load included (%d): p50 %.1f ms, p99 %.1f ms%n",
                during.size(), ms(percentile(during, 50)), ms(percentile(during, 99)));
        System.out.printf(Locale.ROOT, "... started within %d ms after a swap, on the new model (%d): p50 %.1f ms, p99 %.1f ms%n",
                FIRST_AFTER_NANOS / 1_000_000, firstAfter.size(), ms(percentile(firstAfter, 50)), ms(percentile(firstAfter, 99)));
        System.out.printf(Locale.ROOT, "swap pause (p99 started after a swap - p99 overlapping none): %.1f ms;"
                + " latency the model load adds (p99 overlapping a promotion - p99 overlapping none): %.1f ms%n",
                ms(percentile(firstAfter, 99) - percentile(away, 99)), ms(percentile(during, 99) - percentile(away, 99)));
        System.out.printf(Locale.ROOT, "promotion call (load the model, record, swap): p50 %.0f ms, max %.0f ms%n",
                ms(percentile(promotions, 50)), ms(percentile(promotions, 100)));
    }

    /** Whether the answer's model was live at some moment while the request was in flight. */
    private static boolean allowed(Call call, List<Swap> swaps, String first) {
        String live = first;
        for (Swap swap : swaps) {
            if (swap.end() < call.start()) {
                live = swap.model(); // swapped before the request began
            } else if (swap.start() < call.end() && swap.model().equals(call.model())) {
                return true; // swapped in while it ran
            }
        }
        return live.equals(call.model());
    }

    private static Call predict(HttpClient http, String base, byte[] png) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/predict"))
                    .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher model = MODEL.matcher(response.body());
            return new Call(start, System.nanoTime(), response.statusCode(), model.find() ? model.group(1) : null);
        } catch (Exception e) {
            return new Call(start, System.nanoTime(), -1, null);
        }
    }

    /** Promotes {@code version}; the name of its model. */
    private static String promote(HttpClient http, String base, String authorization, int version) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/models/" + version + "/promote"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("promote " + version + ": " + response.statusCode() + " " + response.body());
        }
        Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"").matcher(response.body());
        return name.find() ? name.group(1) : "?";
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
