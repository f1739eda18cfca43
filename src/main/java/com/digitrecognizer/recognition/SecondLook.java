package com.digitrecognizer.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * A second look at a digit the network is unsure of: the same 28x28 image moved one pixel each
 * way (eight views, one inference), its probabilities averaged with the first look's. A digit
 * written a little off the centre MNIST's digits have, or with a stroke on a pixel's edge, is
 * often sure in most views; one truly between two digits stays unsure. Only whole marks that
 * look like a digit get it: a piece cut out of a mark must be surer anyway, and a mark the network
 * suspects is no digit at all (two touching digits, a letter) must not be talked into one
 * (bench/RESULTS.md, round 11).
 */
final class SecondLook {

    /** A digit the network gives "not a digit" this much or more is no candidate for a second look. */
    private static final float MOST_NOT_A_DIGIT = 0.05f;
    private static final int[][] SHIFTS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}};
    private static final int SIDE = ModelContract.SIDE;

    private SecondLook() {
    }

    /**
     * The {@code probabilities} of every candidate, those of the {@code chosen} ones that are unsure
     * (below {@code minConfidence}), whole and digit-like averaged over their nine views. The same
     * array when there is none, without an inference.
     */
    static float[] taken(Segmenter.Candidates candidates, List<Integer> chosen, float[] probabilities,
                         float minConfidence, DigitNetwork network) {
        List<Integer> unsure = new ArrayList<>();
        for (int c : chosen) {
            if (isUnsureDigit(probabilities, c, minConfidence) && !candidates.isCut(c)) {
                unsure.add(c);
            }
        }
        return averaged(candidates.images().values(), probabilities, unsure, network);
    }

    /**
     * The probabilities of {@code count} whole pages' 28x28 {@code images} ({@code /predict}, one or a
     * batch), those unsure and digit-like averaged over their nine views, as {@link #taken} does for a
     * number's digits. The same array when there is none, without an inference.
     */
    static float[] ofPages(float[] images, int count, float[] probabilities, float minConfidence, DigitNetwork network) {
        List<Integer> unsure = new ArrayList<>();
        for (int page = 0; page < count; page++) {
            if (isUnsureDigit(probabilities, page, minConfidence)) {
                unsure.add(page);
            }
        }
        return averaged(images, probabilities, unsure, network);
    }

    private static boolean isUnsureDigit(float[] probabilities, int row, float minConfidence) {
        return NumberReader.bestDigit(probabilities, row) < minConfidence
                && probabilities[row * ModelContract.CLASSES + ModelContract.NOT_A_DIGIT] < MOST_NOT_A_DIGIT;
    }

    /** {@code probabilities} with the rows {@code unsure} (of {@code images}) averaged over their nine views. */
    private static float[] averaged(float[] images, float[] probabilities, List<Integer> unsure, DigitNetwork network) {
        if (unsure.isEmpty()) {
            return probabilities;
        }
        float[] views = new float[unsure.size() * SHIFTS.length * ModelContract.PIXELS];
        for (int u = 0; u < unsure.size(); u++) {
            for (int s = 0; s < SHIFTS.length; s++) {
                shift(images, unsure.get(u) * ModelContract.PIXELS, SHIFTS[s][0], SHIFTS[s][1], views,
                        (u * SHIFTS.length + s) * ModelContract.PIXELS);
            }
        }
        float[] seen = network.classify(views, unsure.size() * SHIFTS.length);
        float[] averaged = probabilities.clone();
        for (int u = 0; u < unsure.size(); u++) {
            int to = unsure.get(u) * ModelContract.CLASSES;
            for (int k = 0; k < ModelContract.CLASSES; k++) {
                float sum = probabilities[to + k];
                for (int s = 0; s < SHIFTS.length; s++) {
                    sum += seen[(u * SHIFTS.length + s) * ModelContract.CLASSES + k];
                }
                averaged[to + k] = sum / (SHIFTS.length + 1);
            }
        }
        return averaged;
    }

    /** The image at {@code from} moved {@code dx, dy} pixels into {@code target} at {@code to}; what moves in is blank. */
    private static void shift(float[] images, int from, int dx, int dy, float[] target, int to) {
        for (int y = Math.max(0, dy); y < Math.min(SIDE, SIDE + dy); y++) {
            int x = Math.max(0, dx);
            int length = SIDE - Math.abs(dx);
            System.arraycopy(images, from + (y - dy) * SIDE + x - dx, target, to + y * SIDE + x, length);
        }
    }
}
