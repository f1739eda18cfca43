package com.digitrecognizer.training;

import java.util.Arrays;

/** Images (one unsigned byte a pixel, ink = 255) with their labels. */
record MnistData(byte[] pixels, byte[] labels, int rows, int cols) {

    int size() {
        return labels.length;
    }

    int imageSize() {
        return rows * cols;
    }

    /** The first {@code count} images, for quick runs. */
    MnistData head(int count) {
        int n = Math.min(count, size());
        byte[] p = Arrays.copyOf(pixels, n * imageSize());
        byte[] l = Arrays.copyOf(labels, n);
        return new MnistData(p, l, rows, cols);
    }
}
