package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SlantTest {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 200;

    /** {@code rings} rings side by side, as a number of zeros, leaning {@code lean} columns a row up (right positive). */
    private static InkMap rings(int rings, double lean) {
        float[] ink = new float[WIDTH * HEIGHT];
        for (int ring = 0; ring < rings; ring++) {
            double cx = 150 + ring * 60;
            double cy = 100;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    double r = Math.hypot((x - cx - lean * (cy - y)) / 20, (y - cy) / 40);
                    ink[y * WIDTH + x] = r > 0.85 && r < 1 ? 1 : ink[y * WIDTH + x];
                }
            }
        }
        return new InkMap(WIDTH, HEIGHT, ink);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.7, 0.9, -0.15, -0.3, -0.4})
    void aLineLeaningFarFromTheUsualLeanIsShearedToIt(double lean) {
        assertThat(Slant.of(rings(6, lean))).isCloseTo(lean - Slant.USUAL, within(0.08));
    }

    /**
     * Upright, or leaning as MNIST's writers do, is read as it is; so is one digit, whose own lean is
     * the network's, and strokes leaning further than a hand writes.
     */
    @Test
    void aLineLeaningAboutAsUsualOrNoLineIsLeftAsItIs() {
        assertThat(Slant.of(rings(6, 0))).isNaN();
        assertThat(Slant.of(rings(6, Slant.USUAL))).isNaN();
        assertThat(Slant.of(rings(6, 0.4))).isNaN();
        assertThat(Slant.of(rings(6, 1.3))).as("hatching, not writing").isNaN();
        assertThat(Slant.of(rings(6, -0.8))).as("hatching, not writing").isNaN();
        assertThat(Slant.of(rings(1, 0.8))).isNaN();
        assertThat(Slant.of(new InkMap(WIDTH, HEIGHT, new float[WIDTH * HEIGHT]))).isNaN();
    }

    /** Sheared and back, a box lands around the ink it held: the first ring, leaning right, found where it was drawn. */
    @Test
    void aBoxOnTheShearedPageLiesAroundTheInkOnThePage() {
        InkMap page = rings(6, 0.8);
        double shear = Slant.of(page);
        Slant slant = new Slant(shear, page);
        InkMap upright = slant.upright(page);

        assertThat(Slant.of(upright)).as("leaning as usual once sheared").isNaN();
        Box onPage = slant.onPage(inkBox(upright, 0, firstGap(upright)));
        Box drawn = inkBox(rings(1, 0.8), 0, WIDTH);
        assertThat(onPage.x()).isLessThanOrEqualTo(drawn.x());
        assertThat(onPage.x() + onPage.width()).isGreaterThanOrEqualTo(drawn.x() + drawn.width());
        assertThat(onPage.width()).as("no wider than the sheared box's corners")
                .isLessThanOrEqualTo((int) Math.ceil(drawn.width() + shear * drawn.height()) + 2);
        assertThat(onPage.y()).isEqualTo(drawn.y());
        assertThat(onPage.height()).isEqualTo(drawn.height());
    }

    /** The first column after the first ring's ink with no ink in it. */
    private static int firstGap(InkMap page) {
        boolean inked = false;
        for (int x = 0; x < page.width(); x++) {
            boolean ink = false;
            for (int y = 0; y < page.height(); y++) {
                ink |= page.ink()[y * page.width() + x] > 0.5f;
            }
            if (inked && !ink) {
                return x;
            }
            inked |= ink;
        }
        return page.width();
    }

    /** The box around the ink in columns {@code from} to {@code to} (exclusive). */
    private static Box inkBox(InkMap page, int from, int to) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < page.height(); y++) {
            for (int x = from; x < to; x++) {
                if (page.ink()[y * page.width() + x] > 0.5f) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new Box(left, top, right - left + 1, bottom - top + 1);
    }
}
