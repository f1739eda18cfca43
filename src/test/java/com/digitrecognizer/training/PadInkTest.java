package com.digitrecognizer.training;

import com.digitrecognizer.recognition.InkRaster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

class PadInkTest {

    @Test
    void aStrokeIsCroppedWithTheMarginThePadKeepsAndAntiAliasedAtItsEdge() {
        // 16 pixels wide along y = 10.5 from x = 10 to 110; the raster starts 2 pixels (the pad's
        // margin) before the farthest the ink can reach (half the width and a pixel): at pad pixel (-1, -1)
        InkRaster raster = PadInk.render(List.of(Strokes.line(10, 10.5, 110, 10.5)), new double[] {16});

        assertThat(raster.width()).isEqualTo(122);
        assertThat(raster.height()).isEqualTo(23);
        assertThat(padCoverage(raster, -1, 60, 10)).isEqualTo(255);
        assertThat(padCoverage(raster, -1, 60, 3)).isEqualTo(255);
        assertThat(padCoverage(raster, -1, 60, 2)).isEqualTo(128); // the edge, y = 2.5, runs through its middle
        assertThat(padCoverage(raster, -1, 60, 1)).isZero();
        assertThat(padCoverage(raster, -1, 0, 10)).isZero();
    }

    @Test
    void aDotIsARoundBlobAndStrokesNeverAddUpBeyondFullInk() {
        InkRaster dot = PadInk.render(List.of(Strokes.dot(50, 50)), new double[] {20});
        // starts at pad pixel (-8, -8): the 2-pixel margin before the ink's reach of 6
        InkRaster cross = PadInk.render(List.of(Strokes.line(0, 50, 100, 50), Strokes.line(50, 0, 50, 100)),
                new double[] {10, 10});

        int inked = 0;
        for (byte b : dot.coverage()) {
            inked += (b & 0xff) > 127 ? 1 : 0;
        }
        assertThat(inked).isCloseTo((int) (Math.PI * 10 * 10), withPercentage(5));
        assertThat(padCoverage(cross, -8, 50, 50)).isEqualTo(255);
    }

    @Test
    void theRasterIsWhatServingNormalises() {
        float[] input = PadInk.render(List.of(Strokes.line(0, 0, 0, 200)), new double[] {16}).networkInput();

        assertThat(input).hasSize(784);
        assertThat(input[14 * 28 + 14]).isGreaterThan(0.5f); // a bar through the centre
        assertThat(input[14 * 28 + 4]).isZero();
    }

    /** Coverage of the pad pixel (x, y) in a raster that starts at pad pixel (origin, origin). */
    private static int padCoverage(InkRaster raster, int origin, int x, int y) {
        return raster.coverage()[(y - origin) * raster.width() + x - origin] & 0xff;
    }
}
