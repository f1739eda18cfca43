package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InkMapTest {

    /** A blank page with one upright bar of full ink, {@code width} pixels wide and 60 high. */
    private static InkMap bar(int width) {
        float[] ink = new float[100 * 100];
        for (int y = 20; y < 80; y++) {
            for (int x = 40; x < 40 + width; x++) {
                ink[y * 100 + x] = 1;
            }
        }
        return new InkMap(100, 100, ink);
    }

    @Test
    void theStrokeWidthIsThePensWidth() {
        assertThat(bar(3).strokeWidth()).isCloseTo(3 * 60 / 63.0, within(1e-9)); // its short ends count as edges too
        assertThat(bar(8).strokeWidth()).isCloseTo(8 * 60 / 68.0, within(1e-9));
        assertThat(new InkMap(2, 2, new float[4]).strokeWidth()).isZero();
    }

    @Test
    void aWindowsStrokeWidthTakesThePageAroundItAsBlank() {
        assertThat(bar(3).strokeWidth(40, 20, 3, 60, 1)).isCloseTo(bar(3).strokeWidth(), within(1e-9));
        assertThat(bar(3).strokeWidth(40, 20, 2, 30, 1)).isCloseTo(2 * 2 * 30 / (2 * 30 + 2 * 2.0), within(1e-9));
    }

    @Test
    void everyThirdRowGivesAboutTheSameWidth() {
        assertThat(bar(3).strokeWidth(40, 20, 3, 60, 3)).isCloseTo(bar(3).strokeWidth(), within(0.05));
    }

    @Test
    void poolingTheDarkestPixelKeepsAHairlineWhereAveragingFadesIt() {
        InkMap hairline = bar(1);

        assertThat(max(hairline.shrunk(4))).isEqualTo(0.25f);
        assertThat(max(hairline.maxPooled(4))).isEqualTo(1f);
        assertThat(hairline.maxPooled(4).width()).isEqualTo(25);
    }

    @Test
    void dilatingGrowsEveryStrokeAPixelOnEachSide() {
        InkMap dilated = bar(3).dilated();

        assertThat(dilated.ink()[50 * 100 + 38]).isZero();
        assertThat(dilated.ink()[50 * 100 + 39]).isEqualTo(1f);
        assertThat(dilated.ink()[50 * 100 + 43]).isEqualTo(1f);
        assertThat(dilated.ink()[50 * 100 + 44]).isZero();
        assertThat(dilated.ink()[19 * 100 + 40]).isEqualTo(1f);
        assertThat(dilated.ink()[18 * 100 + 40]).isZero();
    }

    @Test
    void enlargingKeepsTheInkPerAreaAndTheBox() {
        InkMap enlarged = bar(3).enlarged(3);

        assertThat(enlarged.width()).isEqualTo(300);
        assertThat(enlarged.inkHeight()).isBetween(178, 182);
        assertThat(sum(enlarged)).isCloseTo(9 * sum(bar(3)), within(1e-2f));
        assertThat(new Box(5, 9, 10, 7).shrunk(4)).isEqualTo(new Box(1, 2, 3, 2));
    }

    private static float sum(InkMap map) {
        float sum = 0;
        for (float v : map.ink()) {
            sum += v;
        }
        return sum;
    }

    private static float max(InkMap map) {
        float max = 0;
        for (float v : map.ink()) {
            max = Math.max(max, v);
        }
        return max;
    }
}
