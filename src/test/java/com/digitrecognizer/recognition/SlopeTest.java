package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SlopeTest {

    /** A row of six rings, as a number of zeros, on a line sloping {@code degrees} (rising to the right positive). */
    private static InkMap rings(double degrees) {
        int width = 400;
        int height = 300;
        float[] ink = new float[width * height];
        double tan = Math.tan(Math.toRadians(degrees));
        for (int ring = 0; ring < 6; ring++) {
            double cx = 60 + ring * 55;
            double cy = 150 - (cx - 200) * tan;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double r = Math.hypot((x - cx) / 20, (y - cy) / 30);
                    ink[y * width + x] = r > 0.8 && r < 1 ? 1 : ink[y * width + x];
                }
            }
        }
        return new InkMap(width, height, ink);
    }

    @ParameterizedTest
    @ValueSource(doubles = {8, 15, -12, 18})
    void aSlopingLineIsFoundSloping(double degrees) {
        assertThat(Math.toDegrees(Slope.of(rings(degrees)))).isCloseTo(degrees, within(2.0));
    }

    /** Level, or nearly, is read as it is; so is a page that is no line (one ring: a digit's own slant is no slope). */
    @Test
    void aLevelLineOrNoLineIsNotSloping() {
        assertThat(Slope.of(rings(0))).isNaN();
        assertThat(Slope.of(rings(3))).isNaN();
        float[] one = new float[100 * 100];
        for (int i = 0; i < 100; i++) {
            one[i * 100 + 30 + i / 3] = 1; // a slanted stroke
        }
        assertThat(Slope.of(new InkMap(100, 100, one))).isNaN();
        assertThat(Slope.of(new InkMap(100, 100, new float[100 * 100]))).isNaN();
    }

    /** Turned level and back, a box lands where the turned ink came from. */
    @Test
    void aBoxOnTheLevelledPageLiesAroundTheInkOnThePage() {
        InkMap page = rings(15);
        Slope slope = new Slope(Math.toRadians(15), page);
        InkMap level = slope.levelled(page);

        double rowsOfInk = 0;
        int top = level.height();
        int bottom = 0;
        for (int y = 0; y < level.height(); y++) {
            for (int x = 0; x < level.width(); x++) {
                if (level.ink()[y * level.width() + x] > 0.5f) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    rowsOfInk++;
                }
            }
        }
        assertThat(bottom - top).as("the rings' height once level").isLessThan(70);
        assertThat(rowsOfInk).isPositive();
        Box first = slope.onPage(new Box(0, top, level.width() / 4, bottom - top));
        assertThat(first.y() + first.height() / 2.0).as("the left end lies low on a rising line").isGreaterThan(150);
    }
}
