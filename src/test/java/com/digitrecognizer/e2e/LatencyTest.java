package com.digitrecognizer.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency as the user sees it, measured in the browser: from the end of a stroke (its pointerup
 * reaching the pad) to the result on screen ({@code #prediction} changed), over 50 drawings
 * drawn with real mouse input. Prints and writes {@code target/e2e/latency.txt}; asserts a
 * generous bound only, the figures are for bench/RESULTS.md.
 */
class LatencyTest extends BrowserTest {

    private static final int DRAWINGS = 50;

    /** Starts timing each pointerup on the pad; stops at the next change of the prediction to a digit. */
    private static final String PROBE = """
            const pad = document.querySelector('#pad');
            const prediction = document.querySelector('#prediction');
            const probe = window.e2eLatency = { strokeEnd: null, samples: [] };
            pad.addEventListener('pointerup', () => probe.strokeEnd = performance.now(), true);
            new MutationObserver(() => {
              if (probe.strokeEnd !== null && prediction.textContent !== arguments[0]) {
                probe.samples.push(performance.now() - probe.strokeEnd);
                probe.strokeEnd = null;
              }
            }).observe(prediction, { childList: true, characterData: true, subtree: true });""";

    @Test
    void fromStrokeEndToResultOnScreen() throws IOException {
        browser.driver().executeScript(PROBE, RecognizerPage.NO_DIGIT);
        // one-stroke digits: a single pointerup starts each measurement
        int[] digits = IntStream.rangeClosed(0, 9).filter(d -> DigitShapes.of(d).size() == 1).toArray();
        for (int i = 0; i < DRAWINGS; i++) {
            int measured = i;
            page.clear();
            page.draw(digits[i % digits.length]);
            page.await("the latency of drawing " + (i + 1), () -> samples().size() > measured);
        }

        double[] inOrder = samples().stream().mapToDouble(Number::doubleValue).toArray();
        double[] ms = inOrder.clone();
        Arrays.sort(ms);
        // first and last ten apart: the history grows by a row a drawing, and so may the time
        String report = String.format(Locale.ROOT, """
                        Stroke end to result on screen, %d drawings: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms
                        median of drawings 1-10: %.1f ms, of drawings %d-%d: %.1f ms
                        all (ms, in drawing order): %s
                        """, ms.length, median(ms), ms[(int) Math.ceil(0.95 * ms.length) - 1], ms[0], ms[ms.length - 1],
                median(Arrays.copyOfRange(inOrder, 0, 10)), DRAWINGS - 9, DRAWINGS,
                median(Arrays.copyOfRange(inOrder, DRAWINGS - 10, DRAWINGS)),
                Arrays.toString(Arrays.stream(inOrder).map(v -> Math.round(v * 10) / 10.0).toArray()));
        System.out.print(report);
        Files.createDirectories(Browser.OUTPUT);
        Files.writeString(Browser.OUTPUT.resolve("latency.txt"), report);

        assertThat(ms).hasSize(DRAWINGS);
        assertThat(median(ms)).as("median latency, ms").isLessThan(1000);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    @SuppressWarnings("unchecked")
    private List<Number> samples() {
        return (List<Number>) browser.driver().executeScript("return window.e2eLatency.samples");
    }
}
