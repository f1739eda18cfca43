package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineImageTest {

    /** A page with one filled rectangle of ink. */
    private static float[] page(int width, int height, int left, int top, int inkWidth, int inkHeight) {
        float[] ink = new float[width * height];
        for (int y = top; y < top + inkHeight; y++) {
            for (int x = left; x < left + inkWidth; x++) {
                ink[y * width + x] = 1;
            }
        }
        return ink;
    }

    @Test
    void theInkIsScaledToTwentyPixelsHighWithMarginsAndBlankAfter() {
        LineImage line = LineImage.of(400, 200, page(400, 200, 50, 40, 200, 100), 28, 1000);

        assertThat(line.scale()).isCloseTo(0.2, within(1e-9));
        assertThat(line.width()).isEqualTo(4 + 40 + 24);
        assertThat(row(line, 3)).containsOnly(0f);
        assertThat(line.pixels()[4 * line.width() + 4]).isEqualTo(1f);
        assertThat(line.pixels()[23 * line.width() + 43]).isEqualTo(1f);
        assertThat(row(line, 24)).containsOnly(0f);
        assertThat(line.pixels()[10 * line.width() + 44]).isZero();
        assertThat(line.pageX(4)).isEqualTo(50);
        assertThat(line.pageX(44)).isEqualTo(250);
    }

    @Test
    void aLineTooWideIsMadeSmallerToFit() {
        LineImage line = LineImage.of(1000, 100, page(1000, 100, 0, 0, 1000, 20), 28, 128);

        assertThat(line.width()).isEqualTo(128);
        assertThat(line.scale()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void thinInkIsAsStrongAsMnists() {
        // a 1-pixel line on a page shrunk ten times still peaks at 1
        LineImage line = LineImage.of(500, 200, page(500, 200, 0, 0, 1, 200), 28, 1000);

        float max = 0;
        for (float v : line.pixels()) {
            max = Math.max(max, v);
        }
        assertThat(max).isEqualTo(1f);
    }

    @Test
    void aBlankPageHasNoLine() {
        assertThat(LineImage.of(10, 10, new float[100], 28, 100)).isNull();
    }

    private static float[] row(LineImage line, int y) {
        float[] row = new float[line.width()];
        System.arraycopy(line.pixels(), y * line.width(), row, 0, line.width());
        return row;
    }
}
