package com.digitrecognizer.ui;

import com.digitrecognizer.ui.corrections.CorrectionForm;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.recognition.BenchRecognizers;
import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.Recognizer;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * View-level load without a browser: {@code sessions} threads each open the real
 * {@link RecognizerView} in their own browserless UI (Vaadin's mocked session) (one shared {@link Recognizer}, as in the app)
 * and, all at once, draw {@code drawings} digits, each a new history row. A stroke is timed from
 * the pad's event as the browser sends it (Base64 ink) through the view's handler and the round
 * trip that writes the changes for the browser. Then the heap each session holds with its
 * history. Arguments: sessions, drawings, think time between strokes in ms, batching.
 * <pre>./mvnw -Pbench -Dbench.main=com.digitrecognizer.ui.ViewLoad -Dbench.args="100 20 0 true"</pre>
 */
public final class ViewLoad {

    private static final int SIDE = 200;

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int drawings = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int thinkMs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        boolean batching = args.length <= 3 || Boolean.parseBoolean(args[3]);
        List<String> inks = IntStream.range(0, 20).mapToObj(ViewLoad::ink).toList();

        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1);
             Recognizer recognizer = BenchRecognizers.of(classifier, batching)) {
            for (int i = 0; i < 20; i++) { // warm-up: JIT, TensorFlow, Vaadin
                run(recognizer, 1, drawings, 0, inks, null);
            }
            long before = heapAfterGc();
            double[] ms = run(recognizer, sessions, drawings, thinkMs, inks, () -> {
                long held = heapAfterGc() - before;
                System.out.printf(Locale.ROOT, "heap held by %d sessions with %d history rows: %.1f MB, %.0f KB per session%n",
                        sessions, drawings, held / 1e6, held / 1e3 / sessions);
            });
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%d sessions x %d strokes, think %d ms, batching %s: p50 %.2f ms, p90 %.2f ms, "
                            + "p99 %.2f ms, max %.2f ms%n", sessions, drawings, thinkMs, batching,
                    percentile(ms, 0.50), percentile(ms, 0.90), percentile(ms, 0.99), ms[ms.length - 1]);
        }
    }

    /**
     * Every session draws at once; {@code whileHeld} runs when all have drawn and still hold their UIs.
     * The stroke times in ms.
     */
    private static double[] run(Recognizer recognizer, int sessions, int drawings, int thinkMs, List<String> inks,
            Runnable whileHeld) throws Exception {
        double[] ms = new double[sessions * drawings];
        CyclicBarrier start = new CyclicBarrier(sessions);
        CountDownLatch drawn = new CountDownLatch(sessions);
        CountDownLatch release = new CountDownLatch(1);
        Thread[] threads = new Thread[sessions];
        for (int s = 0; s < sessions; s++) {
            int session = s;
            threads[s] = new Thread(() -> {
                try {
                    MockVaadin.setup(new Routes(Set.of(), Set.of(), Set.of(), true), UI::new, Set.of());
                    // no corrections are sent in this load test: the form needs no store
                    RecognizerView view = new RecognizerView(recognizer, new UiProperties(true), new CorrectionForm(null));
                    UI.getCurrent().add(view);
                    DigitPad pad = find(view, DigitPad.class);
                    start.await();
                    for (int d = 0; d < drawings; d++) {
                        // numbered as the pad numbers them: a clear, then the new drawing's stroke
                        ComponentUtil.fireEvent(pad, new DigitPad.ClearedEvent(pad, true, 2 * d + 1));
                        MockVaadin.clientRoundtrip();
                        if (thinkMs > 0) {
                            Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMs, 2 * thinkMs));
                        }
                        String ink = inks.get((session + d) % inks.size());
                        long t0 = System.nanoTime();
                        ComponentUtil.fireEvent(pad, new DigitPad.DrawnEvent(pad, true, 2 * d + 2, d + 1, SIDE, SIDE, 0, 0, SIDE, ink));
                        MockVaadin.clientRoundtrip();
                        ms[session * drawings + d] = (System.nanoTime() - t0) / 1e6;
                    }
                    drawn.countDown();
                    release.await();
                    MockVaadin.tearDown();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[s].start();
        }
        drawn.await();
        if (whileHeld != null) {
            whileHeld.run();
        }
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return ms;
    }

    /** MNIST test digit {@code index} drawn on a transparent pad, as the pad's Base64 ink coverage. */
    private static String ink(int index) {
        BufferedImage drawing = DrawnDigits.draw(MnistTestDigits.image(index), SIDE, 180, 10, 10, 1, Page.TRANSPARENT);
        byte[] coverage = new byte[SIDE * SIDE];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = (byte) (drawing.getRGB(i % SIDE, i / SIDE) >>> 24);
        }
        return Base64.getEncoder().encodeToString(coverage);
    }

    private static <T extends Component> T find(Component root, Class<T> type) {
        return type.isInstance(root) ? type.cast(root) : root.getChildren().map(child -> find(child, type))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
