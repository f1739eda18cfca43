package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PreprocessorTest {

    private final ImageDecoder decoder = new ImageDecoder(4096L * 4096);

    @Test
    void sameDigitAnywhereAnySizeAnyPolarityGivesNearlyTheSameInput() {
        float[] digit = MnistTestDigits.image(0);
        float[] reference = normalize(DrawnDigits.draw(digit, 280, 200, 40, 40, 0, Page.DARK_ON_LIGHT));

        for (BufferedImage variant : new BufferedImage[] {
                DrawnDigits.draw(digit, 280, 70, 0, 0, 0, Page.DARK_ON_LIGHT),
                DrawnDigits.draw(digit, 280, 90, 180, 170, 0, Page.DARK_ON_LIGHT),
                DrawnDigits.draw(digit, 280, 280, 0, 0, 0, Page.DARK_ON_LIGHT),
                DrawnDigits.draw(digit, 280, 200, 40, 40, 3, Page.DARK_ON_LIGHT),
                DrawnDigits.draw(digit, 280, 200, 40, 40, 0, Page.LIGHT_ON_DARK),
                DrawnDigits.draw(digit, 280, 200, 40, 40, 0, Page.TRANSPARENT),
                DrawnDigits.draw(digit, 500, 150, 300, 20, 0, Page.TRANSPARENT)}) {
            assertThat(similarity(normalize(variant), reference)).isGreaterThan(0.85);
        }
    }

    @Test
    void theInkIsFittedIn20PixelsAndCentredByMass() {
        float[] input = normalize(DrawnDigits.draw(MnistTestDigits.image(3), 280, 120, 150, 10, 0, Page.DARK_ON_LIGHT));

        double sum = 0;
        double cx = 0;
        double cy = 0;
        int left = 28;
        int right = -1;
        int top = 28;
        int bottom = -1;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float v = input[y * 28 + x];
                sum += v;
                cx += v * (x + 0.5);
                cy += v * (y + 0.5);
                if (v > 0.05) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(cx / sum).isBetween(13.5, 14.5);
        assertThat(cy / sum).isBetween(13.5, 14.5);
        assertThat(Math.max(right - left + 1, bottom - top + 1)).isBetween(19, 21);
        assertThat(max(input)).isEqualTo(1f);
    }

    @Test
    void blankPagesAreBlankInEveryForm() {
        for (Page page : Page.values()) {
            BufferedImage blank = DrawnDigits.draw(new float[784], 280, 200, 40, 40, 0, page);
            assertThatThrownBy(() -> normalize(blank))
                    .isInstanceOf(RecognitionException.class)
                    .extracting(e -> ((RecognitionException) e).reason())
                    .isEqualTo(RecognitionException.Reason.BLANK_DRAWING);
        }
    }

    @Test
    void grayPngsAreReadFromTheirRawSamples() throws IOException {
        BufferedImage gray = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(5, 5, 0, 128);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(gray, "png", png);

        InkMap ink = decoder.decode(png.toByteArray());

        assertThat(ink.ink()[5 * 10 + 5]).isEqualTo(128 / 255f);
        assertThat(ink.ink()[0]).isZero();
    }

    @Test
    void aCanvasRasterNeedsNoDecoding() {
        byte[] coverage = new byte[30 * 40];
        for (int y = 5; y < 35; y++) {
            coverage[y * 30 + 15] = (byte) 255;
        }
        float[] input = Preprocessor.normalize(new InkRaster(30, 40, coverage).toInkMap());

        // a 1-px line scaled by 20/40 leaves half a pixel's worth of ink per row, centred
        assertThat(input[14 * 28 + 13] + input[14 * 28 + 14]).isGreaterThan(0.45f);
        assertThat(input[14 * 28 + 2]).isZero();
    }

    @Test
    void theCropHoldsEveryStrongPixelAndNoFaintOne() {
        float[] ink = new float[100 * 100];
        ink[50 * 100 + 10] = 1;     // left, lower
        ink[20 * 100 + 60] = 1;     // right, upper: the box is 51 wide, 31 high
        ink[90 * 100 + 95] = 0.09f; // faint, far away: below a tenth of the strongest, outside the crop

        float[] input = Preprocessor.normalize(new InkMap(100, 100, ink));

        // each dot lands in the 20-px box at its own corner: 20 px apart across, 30 * 20/51 px down
        double[] left = centroid(input, 0, 14);
        double[] right = centroid(input, 14, 28);
        assertThat(right[0] - left[0]).isCloseTo(50 * 20 / 51.0, within(1.0)); // each dot is spread over whole target pixels
        assertThat(left[1] - right[1]).isCloseTo(30 * 20 / 51.0, within(1.0)); // each dot is spread over whole target pixels
    }

    /** Centre of the ink in columns [from, to) of a 28x28 input. */
    private static double[] centroid(float[] input, int from, int to) {
        double sum = 0;
        double cx = 0;
        double cy = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = from; x < to; x++) {
                float v = input[y * 28 + x];
                sum += v;
                cx += v * (x + 0.5);
                cy += v * (y + 0.5);
            }
        }
        return new double[] {cx / sum, cy / sum};
    }

    private float[] normalize(BufferedImage image) {
        return Preprocessor.normalize(decoder.decode(DrawnDigits.png(image)));
    }

    /** Cosine similarity of two images. */
    static double similarity(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static float max(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
