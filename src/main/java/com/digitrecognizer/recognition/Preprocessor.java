package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionException.Reason;

import static com.digitrecognizer.recognition.ModelContract.SIDE;

/**
 * MNIST's own normalisation: crop to the ink, fit the longer side into 20 pixels keeping the
 * aspect (area-averaged, so anti-aliased), and place the result in 28x28 with its centre of
 * mass at the centre. Ink = 1, as the network was trained.
 * <p>
 * A pass over a page's pixels costs about as much as reading them, whatever it computes, so the
 * passes are few: the crop is a window on the page, never a copy, and the division by the
 * strongest ink waits for the 784 outputs.
 */
final class Preprocessor {

    private static final double BOX = 20;
    private static final float BLANK_BELOW = 0.02f;
    private static final float CROP_THRESHOLD = 0.1f;
    private static final int SAMPLED_ROWS = 48;

    /** The part of a page that holds the ink: {@code width} x {@code height} pixels from (left, top). */
    private record Window(InkMap page, int left, int top, int width, int height) {

        int start(int row) {
            return (top + row) * page.width() + left;
        }

        /** The pen's width from about {@link #SAMPLED_ROWS} of the window's rows: a page's pass costs as much as a normalisation. */
        double strokeWidth() {
            return page.strokeWidth(left, top, width, height, Math.max(1, height / SAMPLED_ROWS));
        }
    }

    private Preprocessor() {
    }

    /**
     * A whole page normalised, one digit: written with a {@link FinePen}, the page made bolder
     * first, as the reader's working page is, so that its hairlines are not lost.
     */
    static float[] normalizePage(InkMap page) {
        float[] rowMaxima = rowMaxima(page);
        float max = strongest(rowMaxima);
        Window ink = crop(page, rowMaxima, CROP_THRESHOLD * max);
        return FinePen.isThin(ink.strokeWidth(), ink.height())
                ? normalize(FinePen.bolder(page, Segmenter.workingScale(page.inkHeight())))
                : normalize(ink, max);
    }

    /** {@code map} normalised as it is: a candidate digit cut out of the reader's working page (bolder already if thin). */
    static float[] normalize(InkMap map) {
        float[] rowMaxima = rowMaxima(map);
        float max = strongest(rowMaxima);
        return normalize(crop(map, rowMaxima, CROP_THRESHOLD * max), max);
    }

    private static float strongest(float[] rowMaxima) {
        float max = 0;
        for (float v : rowMaxima) {
            max = v > max ? v : max;
        }
        if (max <= BLANK_BELOW) {
            throw new RecognitionException(Reason.BLANK_DRAWING, "There is no digit on the page: it is blank.");
        }
        return max;
    }

    private static float[] normalize(Window ink, float max) {
        double scale = BOX / Math.max(ink.width(), ink.height());
        double[] centre = centreOfMass(ink);
        double offsetX = SIDE / 2.0 - centre[0] * scale;
        double offsetY = SIDE / 2.0 - centre[1] * scale;
        return resample(ink, scale, offsetX, offsetY, max);
    }

    /**
     * The strongest ink of each row, by plain comparison: {@code Math.max}'s NaN and -0 rules make
     * a long dependency chain per pixel.
     */
    private static float[] rowMaxima(InkMap map) {
        float[] maxima = new float[map.height()];
        float[] ink = map.ink();
        for (int y = 0, i = 0; y < maxima.length; y++) {
            float max = 0;
            for (int end = i + map.width(); i < end; i++) {
                max = ink[i] > max ? ink[i] : max;
            }
            maxima[y] = max;
        }
        return maxima;
    }

    /**
     * The smallest window that holds every pixel above the threshold (there is one: the
     * strongest). Each row with ink is searched only outside the columns already known to hold ink.
     */
    private static Window crop(InkMap map, float[] rowMaxima, float threshold) {
        int top = 0;
        while (!(rowMaxima[top] > threshold)) {
            top++;
        }
        int bottom = rowMaxima.length - 1;
        while (!(rowMaxima[bottom] > threshold)) {
            bottom--;
        }
        float[] ink = map.ink();
        int left = map.width();
        int right = -1;
        for (int y = top; y <= bottom; y++) {
            if (rowMaxima[y] > threshold) {
                int row = y * map.width();
                for (int x = 0; x < left; x++) {
                    if (ink[row + x] > threshold) {
                        left = x;
                    }
                }
                for (int x = map.width() - 1; x > right; x--) {
                    if (ink[row + x] > threshold) {
                        right = x;
                    }
                }
            }
        }
        return new Window(map, left, top, right - left + 1, bottom - top + 1);
    }

    /** Centre of mass in the window's continuous coordinates (pixel i spans [i, i+1)). */
    private static double[] centreOfMass(Window window) {
        float[] ink = window.page().ink();
        float[] mass = new float[window.width()];      // per column
        float[] rowMoment = new float[window.width()]; // per column: mass x (row + 0.5)
        for (int y = 0; y < window.height(); y++) {
            int from = window.start(y);
            float centre = y + 0.5f;
            for (int x = 0; x < mass.length; x++) {
                float v = ink[from + x];
                mass[x] += v;
                rowMoment[x] += v * centre;
            }
        }
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int x = 0; x < mass.length; x++) {
            sum += mass[x];
            sx += mass[x] * (x + 0.5);
            sy += rowMoment[x];
        }
        return new double[] {sx / sum, sy / sum};
    }

    /**
     * Target pixel t covers source span [(t - offset) / scale, (t + 1 - offset) / scale); its value
     * is the source's average over that span, computed separably (columns, then rows) and divided
     * by the strongest ink, so that ink peaks at 1.
     */
    private static float[] resample(Window window, double scale, double offsetX, double offsetY, float max) {
        Span[] rows = spans(window.height(), scale, offsetY);
        Span[] columns = spans(window.width(), scale, offsetX);
        float[] ink = window.page().ink();
        int width = window.width();
        float[] down = new float[SIDE * width]; // 28 rows, each the weighted sum of the source rows it covers
        for (int t = 0; t < SIDE; t++) {
            float[] weights = rows[t].weights();
            for (int i = 0; i < weights.length; i++) {
                float weight = weights[i];
                int from = window.start(rows[t].first() + i);
                for (int x = 0, to = t * width; x < width; x++, to++) {
                    down[to] += weight * ink[from + x];
                }
            }
        }
        float[] out = new float[SIDE * SIDE];
        for (int t = 0; t < SIDE; t++) {
            for (int s = 0; s < SIDE; s++) {
                float[] weights = columns[s].weights();
                int from = t * width + columns[s].first();
                float value = 0;
                for (int i = 0; i < weights.length; i++) {
                    value += weights[i] * down[from + i];
                }
                out[t * SIDE + s] = Math.min(1f, value / max);
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
