package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BackdropTest {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;
    private static final float PAPER = 0.05f;
    private static final float STROKE = 0.9f;

    /** A desk around the paper, its blurred edge too, become paper; the strokes on the paper stay. */
    @Test
    void aDeskAroundThePaperIsTakenOff() {
        float[] darkness = new float[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean paper = x >= 40 && x < 260 && y >= 30 && y < 170;
                boolean edge = paper && (x == 40 || x == 259 || y == 30 || y == 169);
                darkness[y * WIDTH + x] = !paper ? 0.8f : edge ? 0.4f : isStroke(x, y) ? STROKE : PAPER;
            }
        }

        Backdrop.takeOff(darkness, WIDTH, HEIGHT);

        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                assertThat(darkness[y * WIDTH + x]).as("(%d, %d)", x, y)
                        .isCloseTo(isStroke(x, y) ? STROKE : PAPER, within(1 / 64f));
            }
        }
    }

    /**
     * A scanner's black edge along one side becomes paper, whether far thicker than the pen or as
     * thin as it beside writing much shorter than the side; the strokes beside it stay.
     */
    @ParameterizedTest
    @ValueSource(ints = {16, 3})
    void aScannersDarkEdgeIsTakenOff(int thickness) {
        float[] darkness = page(0f);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < thickness; x++) {
                darkness[y * WIDTH + x] = 0.95f;
            }
        }

        Backdrop.takeOff(darkness, WIDTH, HEIGHT);

        for (int i = 0; i < darkness.length; i++) {
            assertThat(darkness[i]).isCloseTo(isStroke(i % WIDTH, i / WIDTH) ? STROKE : 0f, within(1 / 64f));
        }
    }

    /** A dark page with light strokes (a screen's dark mode) has no paper inside a backdrop: it stays as it is. */
    @Test
    void aDarkPageWithLightStrokesStays() {
        float[] darkness = new float[WIDTH * HEIGHT];
        for (int i = 0; i < darkness.length; i++) {
            darkness[i] = isStroke(i % WIDTH, i / WIDTH) ? 0.1f : 0.9f;
        }

        assertUnchanged(darkness);
    }

    /** Nor does a thick light loop on a dark page, what it encloses dark as the page: the loop is no paper. */
    @Test
    void aThickLightLoopOnADarkPageStays() {
        float[] darkness = new float[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double r = Math.hypot(x - 150, y - 100);
                darkness[y * WIDTH + x] = r >= 35 && r < 70 ? 0.1f : 0.9f;
            }
        }

        assertUnchanged(darkness);
    }

    /**
     * Nor does a broad light scribble on a dark page with a few greyish specks where its strokes
     * meet: specks thinner than a pixel, a ten-thousandth of it, are no writing on paper.
     */
    @Test
    void aLightScribbleWithSpecksOnADarkPageStays() {
        float[] darkness = new float[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean scribble = x >= 70 && x < 230 && y >= 20 && y < 180;
                boolean speck = scribble && x % 40 == 0 && y % 40 == 0;
                darkness[y * WIDTH + x] = speck ? 0.6f : scribble ? 0.05f : 0.9f;
            }
        }

        assertUnchanged(darkness);
    }

    /**
     * A tightly cut number touching the image's sides — a 7's bar along the top, a "1" down the
     * left side as long as the digits beside it — is writing no thicker than its other strokes: it stays.
     */
    @Test
    void strokesAlongTheSidesOfATightlyCutNumberStay() {
        float[] seven = page(0f);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean bar = y < 4;
                boolean stem = Math.abs(x - (WIDTH - 1 - y / 2)) < 2;
                seven[y * WIDTH + x] = bar || stem || isStroke(x, y) ? STROKE : 0;
            }
        }
        assertUnchanged(seven);

        float[] one = new float[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean tallStroke = y >= 20 && x >= 90 && x < 220 && x % 50 < 3;
                one[y * WIDTH + x] = x < 3 || tallStroke ? STROKE : 0;
            }
        }
        assertUnchanged(one);
    }

    private static void assertUnchanged(float[] darkness) {
        float[] before = darkness.clone();

        Backdrop.takeOff(darkness, WIDTH, HEIGHT);

        assertThat(darkness).containsExactly(before);
    }

    /** Strokes: three bars, three pixels wide, down the middle of the page. */
    private static boolean isStroke(int x, int y) {
        return y >= 60 && y < 140 && x >= 90 && x < 220 && x % 50 < 3;
    }

    private static float[] page(float paper) {
        float[] darkness = new float[WIDTH * HEIGHT];
        for (int i = 0; i < darkness.length; i++) {
            darkness[i] = isStroke(i % WIDTH, i / WIDTH) ? STROKE : paper;
        }
        return darkness;
    }
}
