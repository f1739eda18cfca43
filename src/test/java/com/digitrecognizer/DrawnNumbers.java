package com.digitrecognizer;

import com.digitrecognizer.recognition.Box;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Numbers of 2 to 6 digits written with MNIST test digits, the way people write on a line: each
 * digit its own height around the line's, on a wobbling baseline, spaced apart — or, in a third
 * of them, squeezed together so that neighbours touch or overlap. From a seed, reproducibly.
 */
public final class DrawnNumbers {

    /**
     * A number as drawn: its digits, whether neighbours touch, its ink (0-255 a pixel, row by row),
     * and where each digit was put on the page.
     */
    public record Number(String text, boolean touching, int width, int height, byte[] coverage, List<Box> digits) {

        /** Dark ink on a white page. */
        public byte[] png() {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            for (int i = 0; i < coverage.length; i++) {
                int level = 255 - (coverage[i] & 0xff);
                image.setRGB(i % width, i / width, (level << 16) | (level << 8) | level);
            }
            return DrawnDigits.png(image);
        }
    }

    private final Random random;

    public DrawnNumbers(long seed) {
        this.random = new Random(seed);
    }

    /** A number of 2 to 6 digits, touching or not as chance has it. */
    public Number next() {
        return next(2 + random.nextInt(5), random.nextInt(3) == 0);
    }

    public Number next(int count, boolean touching) {
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = random.nextInt(MnistTestDigits.COUNT);
        }
        return of(indexes, touching);
    }

    /** The MNIST test digits {@code indexes}, written as a number. */
    public Number of(int[] indexes, boolean touching) {
        int lineHeight = 40 + random.nextInt(121);
        int margin = lineHeight / 3;
        int width = margin;
        int[][] placed = new int[indexes.length][]; // x, y, width, height of each digit's ink
        StringBuilder text = new StringBuilder();
        float[][] images = new float[indexes.length][];
        int[][] crops = new int[indexes.length][];
        int previousWidth = 0;
        for (int i = 0; i < indexes.length; i++) {
            images[i] = MnistTestDigits.image(indexes[i]);
            text.append(MnistTestDigits.label(indexes[i]));
            crops[i] = inkBox(images[i]);
            int height = (int) Math.round(lineHeight * (0.85 + 0.3 * random.nextDouble()));
            int digitWidth = Math.max(1, (int) Math.round((double) crops[i][2] / crops[i][3] * height));
            int gap = i == 0 ? 0 : touching
                    ? -(int) Math.round(Math.min(previousWidth, digitWidth) * 0.25 * random.nextDouble())
                    : (int) Math.round(lineHeight * (0.08 + 0.35 * random.nextDouble()));
            int wobble = (int) Math.round(lineHeight * 0.08 * random.nextGaussian());
            placed[i] = new int[] {width + gap, margin + lineHeight - height + wobble, digitWidth, height};
            width += gap + digitWidth;
            previousWidth = digitWidth;
        }
        width += margin;
        int pageHeight = lineHeight + 2 * margin;
        byte[] coverage = new byte[width * pageHeight];
        for (int i = 0; i < indexes.length; i++) {
            paint(images[i], crops[i], placed[i], coverage, width, pageHeight);
        }
        List<Box> digits = Arrays.stream(placed).map(p -> new Box(p[0], p[1], p[2], p[3])).toList();
        return new Number(text.toString(), touching, width, pageHeight, coverage, digits);
    }

    /** The digit's crop scaled into its place, as crisp strokes; overlapping ink stays ink. */
    private static void paint(float[] digit, int[] crop, int[] place, byte[] coverage, int width, int height) {
        double scale = (double) place[3] / crop[3];
        for (int y = Math.max(0, place[1]); y < Math.min(height, place[1] + place[3]); y++) {
            for (int x = Math.max(0, place[0]); x < Math.min(width, place[0] + place[2]); x++) {
                float value = DrawnDigits.bilinear(digit, crop[0] + (x - place[0] + 0.5) / scale - 0.5,
                        crop[1] + (y - place[1] + 0.5) / scale - 0.5);
                if (value > 0.45f) {
                    coverage[y * width + x] = (byte) 255;
                }
            }
        }
    }

    /** Left, top, width and height of the pixels with ink in a 28x28 digit. */
    private static int[] inkBox(float[] digit) {
        int left = 28;
        int top = 28;
        int right = -1;
        int bottom = -1;
        for (int i = 0; i < digit.length; i++) {
            if (digit[i] > 0.45f) {
                left = Math.min(left, i % 28);
                right = Math.max(right, i % 28);
                top = Math.min(top, i / 28);
                bottom = Math.max(bottom, i / 28);
            }
        }
        return new int[] {left, top, right - left + 1, bottom - top + 1};
    }
}
