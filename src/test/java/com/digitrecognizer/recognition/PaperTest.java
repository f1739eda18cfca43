package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PaperTest {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 120;

    /** Grey paper is no ink; a stroke on it is the share of the paper's light the pen took away. */
    @Test
    void aPageOfOneLevelLosesExactlyThatLevel() {
        float[] darkness = page((x, y) -> 0.3f, 0.9f);

        Paper.takeOff(darkness, WIDTH, HEIGHT);

        for (int i = 0; i < darkness.length; i++) {
            assertThat(darkness[i]).isCloseTo(isStroke(i % WIDTH, i / WIDTH) ? 0.6f / 0.7f : 0f, within(1e-5f));
        }
    }

    /** White paper, as the pad's and most scans' is: the ink is the darkness itself. */
    @Test
    void onWhitePaperTheInkIsTheDarkness() {
        float[] darkness = page((x, y) -> 0f, 0.9f);

        Paper.takeOff(darkness, WIDTH, HEIGHT);

        for (int i = 0; i < darkness.length; i++) {
            assertThat(darkness[i]).isEqualTo(isStroke(i % WIDTH, i / WIDTH) ? 0.9f : 0f);
        }
    }

    /** Light falling from one side to the other, as in a photo: the paper's darkness is no ink, the strokes' is. */
    @Test
    void unevenLightIsNoInk() {
        float[] darkness = page((x, y) -> 0.45f - 0.43f * x / WIDTH, 0.85f);

        Paper.takeOff(darkness, WIDTH, HEIGHT);

        for (int i = 0; i < darkness.length; i++) {
            if (isStroke(i % WIDTH, i / WIDTH)) {
                assertThat(darkness[i]).isGreaterThan(0.35f);
            } else {
                assertThat(darkness[i]).isLessThan(0.05f);
            }
        }
    }

    /** A block inside a stroke wider than it has no paper of its own: its neighbours' is taken. */
    @Test
    void aStrokeWiderThanABlockKeepsItsInk() {
        float[] darkness = new float[WIDTH * HEIGHT];
        for (int y = 10; y < 110; y++) {
            for (int x = 150; x < 230; x++) {
                darkness[y * WIDTH + x] = 1f;
            }
        }

        Paper.takeOff(darkness, WIDTH, HEIGHT);

        assertThat(darkness[60 * WIDTH + 190]).isEqualTo(1f);
    }

    /** Strokes: three bars, two pixels wide, across the page. */
    private static boolean isStroke(int x, int y) {
        return y >= 20 && y < 100 && (x % 130 == 60 || x % 130 == 61);
    }

    private static float[] page(Level paper, float stroke) {
        float[] darkness = new float[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                darkness[y * WIDTH + x] = isStroke(x, y) ? stroke : paper.at(x, y);
            }
        }
        return darkness;
    }

    private interface Level {
        float at(int x, int y);
    }
}
