package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.Arrays;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * Network inputs (784 values each, ink = 1, one after another) with their classes: 0-9 for the
 * digits, {@link ModelContract#NOT_A_DIGIT} for drawings that are none.
 */
record Examples(float[] images, int[] labels) {

    static final Examples NONE = new Examples(new float[0], new int[0]);

    Examples {
        if (images.length != labels.length * PIXELS) {
            throw new IllegalArgumentException(labels.length + " labels need " + labels.length * PIXELS
                    + " pixel values, got " + images.length);
        }
    }

    /** MNIST digits, pixels scaled to [0,1]. */
    static Examples digits(MnistData data) {
        float[] images = new float[data.size() * PIXELS];
        for (int i = 0; i < images.length; i++) {
            images[i] = (data.pixels()[i] & 0xff) / 255f;
        }
        int[] labels = new int[data.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.labels()[i];
        }
        return new Examples(images, labels);
    }

    /** Drawings that are no digit, all of the class {@link ModelContract#NOT_A_DIGIT}. */
    static Examples notDigits(NonDigits.Samples samples) {
        int[] labels = new int[samples.size()];
        Arrays.fill(labels, ModelContract.NOT_A_DIGIT);
        return new Examples(samples.images(), labels);
    }

    /** These examples followed by {@code more}. */
    Examples plus(Examples more) {
        float[] allImages = Arrays.copyOf(images, images.length + more.images.length);
        System.arraycopy(more.images, 0, allImages, images.length, more.images.length);
        int[] allLabels = Arrays.copyOf(labels, labels.length + more.labels.length);
        System.arraycopy(more.labels, 0, allLabels, labels.length, more.labels.length);
        return new Examples(allImages, allLabels);
    }

    int size() {
        return labels.length;
    }

    /** Copies image {@code index} into {@code target} at {@code offset}. */
    void copyImage(int index, float[] target, int offset) {
        System.arraycopy(images, index * PIXELS, target, offset, PIXELS);
    }
}
