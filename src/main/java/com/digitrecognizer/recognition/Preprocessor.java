package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionException.Reason;

/**
 * MNIST's own normalisation: crop to the ink, fit the longer side into 20 pixels keeping the
 * aspect (area-averaged, so anti-aliased), and place the result in 28x28 with its centre of
 * mass at the centre. Ink = 1, as the network was trained.
 */
final class Preprocessor {

    static final int SIDE = 28;
    private static final double BOX = 20;
    private static final float BLANK_BELOW = 0.02f;
    private static final float CROP_THRESHOLD = 0.1f;

    private Preprocessor() {
    }

    static float[] normalize(InkMap map) {
        float max = max(map.ink());
        if (max <= BLANK_BELOW) {
            throw new RecognitionException(Reason.BLANK_DRAWING, "There is no digit on the page: it is blank.");
        }
        InkMap ink = crop(map, max);
        double scale = BOX / Math.max(ink.width(), ink.height());
        double[] centre = centreOfMass(ink);
        double offsetX = SIDE / 2.0 - centre[0] * scale;
        double offsetY = SIDE / 2.0 - centre[1] * scale;
        return resample(ink, scale, offsetX, offsetY);
    }

    /**
     * The strongest ink. A plain comparison rather than {@code Math.max}, whose NaN and -0 rules
     * make a long dependency chain per pixel (a third of the preprocessing time on 280x280).
     */
    private static float max(float[] ink) {
        float max = 0;
        for (float v : ink) {
            if (v > max) {
                max = v;
            }
        }
        return max;
    }

    /** The bounding box of the pixels above a tenth of the strongest ink, scaled so that ink peaks at 1. */
    private static InkMap crop(InkMap map, float max) {
        float threshold = CROP_THRESHOLD * max;
        float[] source = map.ink();
        int w = map.width();
        int left = w;
        int top = -1;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < map.height(); y++) {
            int row = y * w;
            int first = 0;
            while (first < w && !(source[row + first] > threshold)) {
                first++;
            }
            if (first == w) {
                continue;
            }
            int last = w - 1;
            while (!(source[row + last] > threshold)) {
                last--;
            }
            top = top < 0 ? y : top;
            bottom = y;
            left = Math.min(left, first);
            right = Math.max(right, last);
        }
        int width = right - left + 1;
        int height = bottom - top + 1;
        float[] ink = new float[width * height];
        for (int y = 0; y < height; y++) {
            int from = (top + y) * w + left;
            for (int x = 0; x < width; x++) {
                ink[y * width + x] = Math.min(1f, source[from + x] / max);
            }
        }
        return new InkMap(width, height, ink);
    }

    /** Centre of mass in continuous coordinates (pixel i spans [i, i+1)), summed row by row. */
    private static double[] centreOfMass(InkMap ink) {
        float[] values = ink.ink();
        int width = ink.width();
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < ink.height(); y++) {
            double rowSum = 0;
            double rowMoment = 0;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                rowSum += values[i];
                rowMoment += values[i] * (x + 0.5);
            }
            sum += rowSum;
            sx += rowMoment;
            sy += rowSum * (y + 0.5);
        }
        return new double[] {sx / sum, sy / sum};
    }

    /**
     * Target pixel t covers source span [(t - offset) / scale, (t + 1 - offset) / scale); its value
     * is the source's average over that span, computed separably (rows, then columns).
     */
    private static float[] resample(InkMap ink, double scale, double offsetX, double offsetY) {
        Span[] columns = spans(ink.width(), scale, offsetX);
        Span[] rows = spans(ink.height(), scale, offsetY);
        float[] across = new float[ink.height() * SIDE];
        float[] source = ink.ink();
        for (int y = 0; y < ink.height(); y++) {
            for (int t = 0; t < SIDE; t++) {
                float[] weights = columns[t].weights();
                int from = y * ink.width() + columns[t].first();
                float value = 0;
                for (int i = 0; i < weights.length; i++) {
                    value += weights[i] * source[from + i];
                }
                across[y * SIDE + t] = value;
            }
        }
        float[] out = new float[SIDE * SIDE];
        for (int t = 0; t < SIDE; t++) {
            Span span = rows[t];
            for (int x = 0; x < SIDE; x++) {
                float value = 0;
                for (int i = 0; i < span.weights().length; i++) {
                    value += span.weights()[i] * across[(span.first() + i) * SIDE + x];
                }
                out[t * SIDE + x] = Math.min(1f, value);
            }
        }
        return out;
    }

    /** The source pixels from {@code first} on that a target pixel covers, each with its share. */
    private record Span(int first, float[] weights) {
    }

    private static Span[] spans(int sourceSize, double scale, double offset) {
        Span[] spans = new Span[SIDE];
        for (int t = 0; t < SIDE; t++) {
            double from = (t - offset) / scale;
            double to = (t + 1 - offset) / scale;
            int first = Math.max(0, (int) Math.floor(from));
            int last = Math.min(sourceSize - 1, (int) Math.ceil(to) - 1);
            float[] weights = new float[Math.max(0, last - first + 1)];
            for (int s = first; s <= last; s++) {
                weights[s - first] = (float) ((Math.min(to, s + 1) - Math.max(from, s)) * scale);
            }
            spans[t] = new Span(first, weights);
        }
        return spans;
    }
}
