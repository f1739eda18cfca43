package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.Random;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * Corrections as the network sees them: 28x28 images one after another (784 values each in [0,1],
 * ink = 1, normalised as serving does) with their right classes, 0-9 or
 * {@link ModelContract#NOT_A_DIGIT}.
 */
public record CorrectionSet(float[] images, int[] labels) {

    /** The part of the corrections held out from training, to test on: a fifth. */
    public static final int HELD_OUT_ONE_IN = 5;

    /** The corrections trained on, and those held out to test on. */
    public record Split(CorrectionSet train, CorrectionSet heldOut) {
    }

    public CorrectionSet {
        if (images.length != labels.length * PIXELS) {
            throw new IllegalArgumentException(labels.length + " labels need " + labels.length * PIXELS
                    + " pixel values, got " + images.length);
        }
        for (int label : labels) {
            if (label < 0 || label >= ModelContract.CLASSES) {
                throw new IllegalArgumentException("a class must lie in 0-" + ModelContract.NOT_A_DIGIT + ", got " + label);
            }
        }
    }

    public int size() {
        return labels.length;
    }

    /** A fifth held out (at least one when there are two or more), the same for the same seed. */
    public Split split(long seed) {
        int[] order = Orders.identity(size());
        Orders.shuffle(order, new Random(seed));
        int heldOut = size() < 2 ? 0 : Math.max(1, size() / HELD_OUT_ONE_IN);
        return new Split(pick(order, heldOut, size()), pick(order, 0, heldOut));
    }

    private CorrectionSet pick(int[] order, int from, int to) {
        float[] picked = new float[(to - from) * PIXELS];
        int[] pickedLabels = new int[to - from];
        for (int i = from; i < to; i++) {
            System.arraycopy(images, order[i] * PIXELS, picked, (i - from) * PIXELS, PIXELS);
            pickedLabels[i - from] = labels[order[i]];
        }
        return new CorrectionSet(picked, pickedLabels);
    }

    Examples examples() {
        return new Examples(images, labels);
    }

    /** Each correction {@code times} over, so that a few hundred weigh against tens of thousands of digits. */
    Examples repeated(int times) {
        float[] allImages = new float[images.length * times];
        int[] allLabels = new int[labels.length * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(images, 0, allImages, t * images.length, images.length);
            System.arraycopy(labels, 0, allLabels, t * labels.length, labels.length);
        }
        return new Examples(allImages, allLabels);
    }
}
