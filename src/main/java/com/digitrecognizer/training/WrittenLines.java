package com.digitrecognizer.training;

import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.LineImage;
import com.digitrecognizer.recognition.ModelContract;

import java.awt.Font;
import java.util.List;
import java.util.Random;

/**
 * Numbers written with training digits, for the line reader to learn from: 1 to 7 digits,
 * each its own height and width around the line's, on a wobbling baseline, spaced apart or, in
 * half of them, pushed into each other until they touch or overlap; crisp like the pad's
 * strokes or grey like MNIST's. Now and then a mark that is no digit (a letter, a symbol, a
 * scribble) stands among them, to be spelled "not a digit". A share of the lines is written in
 * one handwriting font instead, glyph by glyph at full resolution (its letters the marks that
 * are no digit): the fonts' touching digits as the reader meets them, not as 28x28 digits do.
 * Drawn on a page, then made a {@link LineImage} exactly as the reader makes one of a drawing.
 */
final class WrittenLines {

    /** A line as the network sees it ({@code LineImage.HEIGHT x width}) and its digits. */
    record Line(float[] pixels, int[] digits) {
    }

    /** A mark to place on the line: its ink (0-1) on a raster {@code width} wide, the box of that ink, its class. */
    private record Mark(float[] ink, int width, int[] box, int label) {

        static Mark of(float[] ink, int width, int label) {
            return new Mark(ink, width, inkBox(ink, width), label);
        }

        float at(double x, double y) {
            return Augmenter.bilinear(ink, width, x, y);
        }
    }

    private static final int LINE_HEIGHT = 56;
    private static final int MAX_DIGITS = 7;
    /** Ink a crisp stroke has, as the tests' drawn digits cut it. */
    private static final float CRISP = 0.45f;
    private static final int SIDE = ModelContract.SIDE;

    /** The share of a line's marks that are no digit. */
    private static final double NOT_A_DIGIT_SHARE = 0.05;
    /** How far a warped mark's points move at most, as a share of its box. */
    private static final double WARP = 0.08;
    /** Control points of a warp along each side of the box. */
    private static final int WARP_GRID = 4;

    private final Examples digits;
    private final Examples notDigits;
    private final List<Font> fonts;
    private final double fontShare;
    private final double warped;
    private final int width;
    private final Random random;

    /** Lines {@code width} wide of {@code digits} and now and then one of {@code notDigits}. */
    WrittenLines(Examples digits, Examples notDigits, int width, long seed) {
        this(digits, notDigits, List.of(), 0, 0, width, seed);
    }

    /**
     * The same, and {@code fontShare} of the lines written in one of {@code fonts} (none: no such
     * lines); {@code warped} of the marks bent by a smooth random warp, so that a font's glyph or a
     * training digit comes in shapes its writer never made.
     */
    WrittenLines(Examples digits, Examples notDigits, List<Font> fonts, double fontShare, double warped, int width,
                 long seed) {
        this.digits = digits;
        this.notDigits = notDigits;
        this.fonts = List.copyOf(fonts);
        this.fontShare = fontShare;
        this.warped = warped;
        this.width = width;
        this.random = new Random(seed);
    }

    Line next() {
        int count = 1 + random.nextInt(MAX_DIGITS);
        boolean touching = random.nextBoolean();
        boolean crisp = random.nextBoolean();
        boolean inFont = fontShare > 0 && !fonts.isEmpty() && random.nextDouble() < fontShare;
        Font font = inFont ? fonts.get(random.nextInt(fonts.size())) : null;
        int margin = LINE_HEIGHT / 2;
        int[] labels = new int[count];
        Mark[] marks = new Mark[count];
        int[][] placed = new int[count][]; // x, y, width, height
        int x = margin;
        int previousWidth = 0;
        for (int i = 0; i < count; i++) {
            boolean digit = random.nextDouble() >= NOT_A_DIGIT_SHARE;
            marks[i] = font != null ? written(font, digit) : drawn(digit);
            labels[i] = marks[i].label();
            int[] crop = marks[i].box();
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
            boolean warp = warped > 0 && random.nextDouble() < warped; // no draw when off: lines as before
            paint(marks[i], placed[i], warp ? Warp.random(random) : Warp.NONE, crisp, ink, pageWidth, pageHeight);
        }
        LineImage line = LineImage.of(pageWidth, pageHeight, ink, width, width);
        return new Line(line.pixels(), labels);
    }

    /** A training digit, or (if there are any) a mark that is none. */
    private Mark drawn(boolean digit) {
        Examples pool = digit || notDigits.size() == 0 ? digits : notDigits;
        int index = random.nextInt(pool.size());
        float[] image = new float[ModelContract.PIXELS];
        pool.copyImage(index, image, 0);
        return Mark.of(image, SIDE, pool.labels()[index]);
    }

    /** A random digit, or a letter as "not a digit", written in {@code font} ({@link FontDigits#written}). */
    private Mark written(Font font, boolean digit) {
        int label = digit ? random.nextInt(ModelContract.DIGITS) : ModelContract.NOT_A_DIGIT;
        String text = digit ? String.valueOf(label) : Glyphs.LETTERS.get(random.nextInt(Glyphs.LETTERS.size())).name();
        InkRaster raster = FontDigits.written(font, text, random);
        return Mark.of(raster.ink(), raster.width(), label);
    }

    /**
     * A smooth displacement of a mark's box: random offsets (shares of the box) at a grid of
     * points, interpolated between them.
     */
    private record Warp(float[] dx, float[] dy) {

        static final Warp NONE = new Warp(new float[WARP_GRID * WARP_GRID], new float[WARP_GRID * WARP_GRID]);

        static Warp random(Random random) {
            float[] dx = new float[WARP_GRID * WARP_GRID];
            float[] dy = new float[WARP_GRID * WARP_GRID];
            for (int i = 0; i < dx.length; i++) {
                dx[i] = (float) (WARP * (2 * random.nextDouble() - 1));
                dy[i] = (float) (WARP * (2 * random.nextDouble() - 1));
            }
            return new Warp(dx, dy);
        }

        /** The offsets at ({@code u}, {@code v}), shares of the box from its top left. */
        double x(double u, double v) {
            return Augmenter.bilinear(dx, WARP_GRID, u * (WARP_GRID - 1), v * (WARP_GRID - 1));
        }

        double y(double u, double v) {
            return Augmenter.bilinear(dy, WARP_GRID, u * (WARP_GRID - 1), v * (WARP_GRID - 1));
        }
    }

    /** The mark's ink box, warped, scaled into its place; where marks overlap, the stronger ink. */
    private static void paint(Mark mark, int[] place, Warp warp, boolean crisp, float[] ink, int width, int height) {
        int[] crop = mark.box();
        for (int y = Math.max(0, place[1]); y < Math.min(height, place[1] + place[3]); y++) {
            for (int x = Math.max(0, place[0]); x < Math.min(width, place[0] + place[2]); x++) {
                double u = (x - place[0] + 0.5) / place[2]; // the pixel's centre, a share of its place
                double v = (y - place[1] + 0.5) / place[3];
                float value = mark.at(crop[0] + (u + warp.x(u, v)) * crop[2] - 0.5,
                        crop[1] + (v + warp.y(u, v)) * crop[3] - 0.5);
                value = crisp ? (value > CRISP ? 1 : 0) : value;
                ink[y * width + x] = Math.max(ink[y * width + x], value);
            }
        }
    }

    /** Left, top, width and height of the pixels with ink in an image {@code width} wide. */
    private static int[] inkBox(float[] image, int width) {
        int height = image.length / width;
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (image[y * width + x] > CRISP) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? new int[] {0, 0, width, height} : new int[] {left, top, right - left + 1, bottom - top + 1};
    }
}
