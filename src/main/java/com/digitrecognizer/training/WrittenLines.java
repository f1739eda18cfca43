package com.digitrecognizer.training;

import com.digitrecognizer.recognition.LineImage;
import com.digitrecognizer.recognition.ModelContract;

import java.util.Random;

/**
 * Numbers written with training digits, for the line reader to learn from: 1 to 7 digits,
 * each its own height and width around the line's, on a wobbling baseline, spaced apart or, in
 * half of them, pushed into each other until they touch or overlap; crisp like the pad's
 * strokes or grey like MNIST's. Now and then a mark that is no digit (a letter, a symbol, a
 * scribble) stands among them, to be spelled "not a digit". Drawn on a page, then made a
 * {@link LineImage} exactly as the reader makes one of a drawing.
 */
final class WrittenLines {

    /** A line as the network sees it ({@code LineImage.HEIGHT x width}) and its digits. */
    record Line(float[] pixels, int[] digits) {
    }

    private static final int LINE_HEIGHT = 56;
    private static final int MAX_DIGITS = 7;
    /** Ink a crisp stroke has, as the tests' drawn digits cut it. */
    private static final float CRISP = 0.45f;
    private static final int SIDE = ModelContract.SIDE;

    /** The share of a line's marks that are no digit. */
    private static final double NOT_A_DIGIT_SHARE = 0.05;

    private final Examples digits;
    private final Examples notDigits;
    private final int width;
    private final Random random;

    /** Lines {@code width} wide of {@code digits} and now and then one of {@code notDigits}. */
    WrittenLines(Examples digits, Examples notDigits, int width, long seed) {
        this.digits = digits;
        this.notDigits = notDigits;
        this.width = width;
        this.random = new Random(seed);
    }

    Line next() {
        int count = 1 + random.nextInt(MAX_DIGITS);
        boolean touching = random.nextBoolean();
        boolean crisp = random.nextBoolean();
        int margin = LINE_HEIGHT / 2;
        int[] labels = new int[count];
        float[][] images = new float[count][];
        int[][] placed = new int[count][]; // x, y, width, height
        int x = margin;
        int previousWidth = 0;
        for (int i = 0; i < count; i++) {
            Examples pool = notDigits.size() > 0 && random.nextDouble() < NOT_A_DIGIT_SHARE ? notDigits : digits;
            int image = random.nextInt(pool.size());
            labels[i] = pool.labels()[image];
            images[i] = new float[ModelContract.PIXELS];
            pool.copyImage(image, images[i], 0);
            int[] crop = inkBox(images[i]);
            int height = (int) Math.round(LINE_HEIGHT * (0.8 + 0.4 * random.nextDouble()));
            double aspect = (double) crop[2] / crop[3] * (0.8 + 0.4 * random.nextDouble());
            int digitWidth = Math.max(1, (int) Math.round(aspect * height));
            int gap = i == 0 ? 0 : touching
                    ? -(int) Math.round(Math.min(previousWidth, digitWidth) * 0.35 * random.nextDouble())
                    : (int) Math.round(LINE_HEIGHT * (0.04 + 0.45 * random.nextDouble()));
            int wobble = (int) Math.round(LINE_HEIGHT * 0.1 * random.nextGaussian());
            placed[i] = new int[] {x + gap, margin + LINE_HEIGHT - height + wobble, digitWidth, height};
            x += gap + digitWidth;
            previousWidth = digitWidth;
        }
        int pageWidth = x + margin;
        int pageHeight = LINE_HEIGHT + 2 * margin;
        float[] ink = new float[pageWidth * pageHeight];
        for (int i = 0; i < count; i++) {
            paint(images[i], placed[i], inkBox(images[i]), crisp, ink, pageWidth, pageHeight);
        }
        LineImage line = LineImage.of(pageWidth, pageHeight, ink, width, width);
        return new Line(line.pixels(), labels);
    }

    /** The mark's crop scaled into its place; where marks overlap, the stronger ink. */
    private static void paint(float[] image, int[] place, int[] crop, boolean crisp, float[] ink, int width, int height) {
        double scaleX = (double) place[2] / crop[2];
        double scaleY = (double) place[3] / crop[3];
        for (int y = Math.max(0, place[1]); y < Math.min(height, place[1] + place[3]); y++) {
            for (int x = Math.max(0, place[0]); x < Math.min(width, place[0] + place[2]); x++) {
                float value = Augmenter.bilinear(image, crop[0] + (x - place[0] + 0.5) / scaleX - 0.5,
                        crop[1] + (y - place[1] + 0.5) / scaleY - 0.5);
                value = crisp ? (value > CRISP ? 1 : 0) : value;
                ink[y * width + x] = Math.max(ink[y * width + x], value);
            }
        }
    }

    /** Left, top, width and height of the pixels with ink in a 28x28 image. */
    private static int[] inkBox(float[] image) {
        int left = SIDE;
        int top = SIDE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if (image[y * SIDE + x] > CRISP) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? new int[] {0, 0, SIDE, SIDE} : new int[] {left, top, right - left + 1, bottom - top + 1};
    }
}
