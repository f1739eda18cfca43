package com.digitrecognizer.training;

import com.digitrecognizer.recognition.InkRaster;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * MNIST digits drawn at pad resolution: non-digits made of them (half a digit cut off, or two
 * digits squeezed side by side into one drawing), and whole digits, to measure the network on
 * digits as the pad sends them.
 */
final class DigitPieces {

    private enum Side { TOP, BOTTOM, LEFT, RIGHT }

    /**
     * The digits cut on each side, chosen on contact sheets of every side and digit: most halves
     * of a handwritten digit still read as one (the left of a slanted 5 or 8 is a 5 or 8, the top
     * of 7 a 7, of 8 or 9 a 0, the bottom of 4 a 7 or +, the right of 3 a 3).
     */
    private static final Map<Side, String> CUT = Map.of(
            Side.TOP, "05", Side.BOTTOM, "0235", Side.LEFT, "03", Side.RIGHT, "0");
    /** Narrower halves are strokes a person draws for a 1. */
    private static final double NARROWEST = 0.4;
    /** Ink level at a digit's stroke edge: DrawnDigits (the tests' pad drawings) cuts there too. */
    private static final float EDGE = 0.45f;
    private static final int SIDE = 28;
    private static final int PADDED = SIDE + 2;

    /** A part of a digit image in its pixel coordinates (pixel i spans [i, i + 1)). */
    private record Box(double left, double top, double right, double bottom) {
        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }
    }

    private final MnistData digits;
    private final RandomGenerator random;

    DigitPieces(MnistData digits, RandomGenerator random) {
        this.digits = digits;
        this.random = random;
    }

    /** Half a digit drawn 90-250 pixels tall, cut off straight. */
    InkRaster half() {
        while (true) {
            Side side = Side.values()[random.nextInt(Side.values().length)];
            int index = randomDigit(CUT.get(side));
            Box ink = inkBox(index);
            double keep = uniform(0.4, 0.6);
            Box half = switch (side) {
                case TOP -> new Box(ink.left(), ink.top(), ink.right(), ink.top() + keep * ink.height());
                case BOTTOM -> new Box(ink.left(), ink.bottom() - keep * ink.height(), ink.right(), ink.bottom());
                case LEFT -> new Box(ink.left(), ink.top(), ink.left() + keep * ink.width(), ink.bottom());
                case RIGHT -> new Box(ink.right() - keep * ink.width(), ink.top(), ink.right(), ink.bottom());
            };
            if (half.width() >= NARROWEST * half.height()) {
                double scale = uniform(90, 250) / ink.height();
                PadInk.Canvas canvas = canvas(half.width() * scale, half.height() * scale);
                paint(canvas, index, half, scale, 0, 0);
                return canvas.raster();
            }
        }
    }

    /** Digit {@code index} whole, drawn 90-250 pixels tall. */
    InkRaster whole(int index) {
        Box ink = inkBox(index);
        double scale = uniform(90, 250) / ink.height();
        PadInk.Canvas canvas = canvas(ink.width() * scale, ink.height() * scale);
        paint(canvas, index, ink, scale, 0, 0);
        return canvas.raster();
    }

    /** Two digits side by side, a little apart or just touching, not quite level, together 140-270 pixels wide. */
    InkRaster pair() {
        int first = random.nextInt(digits.size());
        int second = random.nextInt(digits.size());
        Box a = inkBox(first);
        Box b = inkBox(second);
        double gap = uniform(-0.05, 0.25) * (a.width() + b.width()) / 2;
        double scale = uniform(140, 270) / (a.width() + gap + b.width());
        double shift = (uniform(-0.12, 0.12) * a.height() + (a.height() - b.height()) / 2) * scale;
        double top = Math.min(0, shift);
        PadInk.Canvas canvas = canvas((a.width() + gap + b.width()) * scale,
                Math.max(a.height() * scale, shift + b.height() * scale) - top);
        paint(canvas, first, a, scale, 0, -top);
        paint(canvas, second, b, scale, (a.width() + gap) * scale, shift - top);
        return canvas.raster();
    }

    private static PadInk.Canvas canvas(double width, double height) {
        return new PadInk.Canvas((int) Math.ceil(width), (int) Math.ceil(height));
    }

    /** Draws the part {@code box} of digit {@code index}, {@code scale} pad pixels a digit pixel, with its corner at (x, y). */
    private void paint(PadInk.Canvas canvas, int index, Box box, double scale, double x, double y) {
        float[] digit = padded(index);
        int fromX = Math.max(0, (int) Math.floor(x));
        int toX = Math.min(canvas.width(), (int) Math.ceil(x + box.width() * scale));
        int fromY = Math.max(0, (int) Math.floor(y));
        int toY = Math.min(canvas.height(), (int) Math.ceil(y + box.height() * scale));
        // bilinear interpolation between pixel centres; the columns' share is the same on every row
        int[] columns = new int[toX - fromX];
        double[] columnShares = new double[toX - fromX];
        for (int px = fromX; px < toX; px++) {
            // + 1 for the padding, - 0.5 to the pixel centre; kept off the padding's far edge
            double u = Math.clamp(box.left() + (px + 0.5 - x) / scale + 0.5, 0, PADDED - 2);
            columns[px - fromX] = (int) Math.floor(u);
            columnShares[px - fromX] = u - Math.floor(u);
        }
        float[] ink = canvas.ink();
        for (int py = fromY; py < toY; py++) {
            double v = Math.clamp(box.top() + (py + 0.5 - y) / scale + 0.5, 0, PADDED - 2);
            int row = (int) Math.floor(v) * PADDED;
            double rowShare = v - Math.floor(v);
            for (int px = fromX, i = py * canvas.width() + px; px < toX; px++, i++) {
                int at = row + columns[px - fromX];
                double share = columnShares[px - fromX];
                double upper = digit[at] + share * (digit[at + 1] - digit[at]);
                double lower = digit[at + PADDED] + share * (digit[at + PADDED + 1] - digit[at + PADDED]);
                // a crisp edge about one pad pixel wide, as the pad anti-aliases
                float coverage = (float) Math.clamp((upper + rowShare * (lower - upper) - EDGE) * scale + 0.5, 0, 1);
                if (coverage > ink[i]) {
                    ink[i] = coverage;
                }
            }
        }
    }

    /** Digit {@code index} as ink 0..1 with a blank pixel around it, so that interpolation needs no bounds checks. */
    private float[] padded(int index) {
        float[] padded = new float[PADDED * PADDED];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                padded[(y + 1) * PADDED + x + 1] = (digits.pixels()[index * SIDE * SIDE + y * SIDE + x] & 0xff) / 255f;
            }
        }
        return padded;
    }

    /** The box around the pixels with stroke ink. */
    private Box inkBox(int index) {
        int left = SIDE;
        int top = SIDE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if ((digits.pixels()[index * SIDE * SIDE + y * SIDE + x] & 0xff) > EDGE * 255) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        // half a pixel more each way: the interpolated stroke fades out there
        return new Box(left - 0.5, top - 0.5, right + 1.5, bottom + 1.5);
    }

    private int randomDigit(String labels) {
        while (true) {
            int index = random.nextInt(digits.size());
            if (labels.indexOf('0' + digits.labels()[index]) >= 0) {
                return index;
            }
        }
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
