package com.digitrecognizer.recognition;

import java.util.List;

/**
 * A second digit network's opinion on the digits a reading chose: a network trained apart (the
 * same recipe from another seed) seldom hesitates or errs on the same digits as the first, so the
 * average of the two refuses more non-digits at a given bar, and with it the bar may go lower,
 * which reads more numbers (bench/RESULTS.md, rounds 35 and 36). Asked only after the reading is
 * chosen and only about the digits the first network is not sure of (its likeliest class under
 * {@value #SURE}): a few images in one inference, where asking about every candidate cost a
 * number two thirds more time for the same numbers.
 */
final class SecondOpinion {

    /** A row whose likeliest class is this probable or more is left as the first network says. */
    static final float SURE = 0.99f;

    private SecondOpinion() {
    }

    /**
     * {@code probabilities} (the first network's, one row per image of {@code images}) with the rows
     * among {@code rows} it is not sure of averaged with the {@code second} network's. The same array
     * when there is none, without an inference.
     */
    static float[] taken(float[] images, List<Integer> rows, float[] probabilities, DigitNetwork second) {
        List<Integer> unsure = rows.stream().filter(row -> likeliest(probabilities, row) < SURE).toList();
        if (unsure.isEmpty()) {
            return probabilities;
        }
        float[] asked = new float[unsure.size() * ModelContract.PIXELS];
        for (int u = 0; u < unsure.size(); u++) {
            System.arraycopy(images, unsure.get(u) * ModelContract.PIXELS, asked, u * ModelContract.PIXELS,
                    ModelContract.PIXELS);
        }
        float[] seen = second.classify(asked, unsure.size());
        float[] averaged = probabilities.clone();
        for (int u = 0; u < unsure.size(); u++) {
            int to = unsure.get(u) * ModelContract.CLASSES;
            for (int k = 0; k < ModelContract.CLASSES; k++) {
                averaged[to + k] = (probabilities[to + k] + seen[u * ModelContract.CLASSES + k]) / 2;
            }
        }
        return averaged;
    }

    /** The probability of the likeliest class, "not a digit" included, in row {@code row}. */
    static float likeliest(float[] probabilities, int row) {
        return probabilities[row * ModelContract.CLASSES + ModelContract.argmax(probabilities, row)];
    }
}
