package com.digitrecognizer.training;

import java.util.Random;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;
import static com.digitrecognizer.recognition.ModelContract.SIDE;

/**
 * Distorts MNIST digits the way drawings on a canvas differ from them: a random affine
 * (rotation, scale, shift, shear about the centre) and a random stroke width (grey-level
 * dilation or erosion). Works on 28x28 images with values in [0,1], ink = 1.
 */
final class Augmenter {

    static final String DESCRIPTION = "p=0.9 affine: rotation ±15°, scale 0.8-1.2, shear ±0.15, shift ±3 px;"
            + " p=0.3 stroke width: 4-neighbour dilation (40-100 %) or erosion (40-70 %)";
    private static final double MAX_ROTATION = Math.toRadians(15);
    private static final double MIN_SCALE = 0.8;
    private static final double MAX_SCALE = 1.2;
    private static final double MAX_SHIFT = 3;
    private static final double MAX_SHEAR = 0.15;
    private static final double AFFINE_PROBABILITY = 0.9;
    private static final double STROKE_PROBABILITY = 0.3;

    private final Random random;

    Augmenter(long seed) {
        this.random = new Random(seed);
    }

    /** Writes a distorted copy of {@code source} into {@code target} at {@code offset}. */
    void augment(float[] source, float[] target, int offset) {
        float[] image = source;
        if (random.nextDouble() < AFFINE_PROBABILITY) {
            image = affine(image,
                    uniform(-MAX_ROTATION, MAX_ROTATION),
                    uniform(MIN_SCALE, MAX_SCALE),
                    uniform(-MAX_SHEAR, MAX_SHEAR),
                    uniform(-MAX_SHIFT, MAX_SHIFT),
                    uniform(-MAX_SHIFT, MAX_SHIFT));
        }
        if (random.nextDouble() < STROKE_PROBABILITY) {
            boolean thicker = random.nextBoolean();
            image = blend(image, thicker ? dilate(image) : erode(image), uniform(0.4, thicker ? 1.0 : 0.7));
        }
        System.arraycopy(image, 0, target, offset, PIXELS);
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Maps every target pixel back into the source (inverse affine) and samples it bilinearly. */
    static float[] affine(float[] source, double rotation, double scale, double shear, double dx, double dy) {
        double centre = (SIDE - 1) / 2.0;
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        // forward matrix A = scale * R * Shear; the inverse maps target to source
        double a = scale * cos;
        double b = scale * (cos * shear - sin);
        double c = scale * sin;
        double d = scale * (sin * shear + cos);
        double det = a * d - b * c;
        double ia = d / det;
        double ib = -b / det;
        double ic = -c / det;
        double id = a / det;
        float[] target = new float[PIXELS];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double tx = x - centre - dx;
                double ty = y - centre - dy;
                double sx = ia * tx + ib * ty + centre;
                double sy = ic * tx + id * ty + centre;
                target[y * SIDE + x] = bilinear(source, SIDE, sx, sy);
            }
        }
        return target;
    }

    /** An image {@code width} wide sampled between its pixel centres; blank outside. */
    static float bilinear(float[] image, int width, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * pixel(image, width, x0, y0) + fx * pixel(image, width, x0 + 1, y0))
                + fy * ((1 - fx) * pixel(image, width, x0, y0 + 1) + fx * pixel(image, width, x0 + 1, y0 + 1)));
    }

    private static float pixel(float[] image, int width, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= image.length / width ? 0f : image[y * width + x];
    }

    private static float[] blend(float[] from, float[] to, double amount) {
        float[] result = new float[from.length];
        for (int i = 0; i < from.length; i++) {
            result[i] = (float) (from[i] + amount * (to[i] - from[i]));
        }
        return result;
    }

    /** Thicker strokes: each pixel takes the largest value of its 4-neighbourhood. */
    static float[] dilate(float[] image) {
        return morph(image, true);
    }

    /** Thinner strokes: each pixel takes the smallest value of its 4-neighbourhood. */
    static float[] erode(float[] image) {
        return morph(image, false);
    }

    private static float[] morph(float[] image, boolean dilate) {
        float[] result = new float[PIXELS];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                float value = image[y * SIDE + x];
                float[] neighbours = {pixel(image, SIDE, x - 1, y), pixel(image, SIDE, x + 1, y),
                        pixel(image, SIDE, x, y - 1), pixel(image, SIDE, x, y + 1)};
                for (float n : neighbours) {
                    value = dilate ? Math.max(value, n) : Math.min(value, n);
                }
                result[y * SIDE + x] = value;
            }
        }
        return result;
    }
}
