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
        return range(0, Math.min(count, size()));
    }

    /** The last {@code count} images. */
    MnistData tail(int count) {
        return range(Math.max(0, size() - count), size());
    }

    private MnistData range(int from, int to) {
        byte[] p = Arrays.copyOfRange(pixels, from * imageSize(), to * imageSize());
        byte[] l = Arrays.copyOfRange(labels, from, to);
        return new MnistData(p, l, rows, cols);
    }
}
