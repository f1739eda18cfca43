package com.digitrecognizer.recognition;

/**
 * How much ink each pixel holds, 0 (none) to 1 (full), row-major: the common form of every
 * input, whatever its encoding, colours or polarity.
 */
record InkMap(int width, int height, float[] ink) {

    InkMap {
        if (ink.length != width * height) {
            throw new IllegalArgumentException("ink map of " + width + "x" + height + " needs " + width * height
                    + " values, got " + ink.length);
        }
    }

    /** Rows from the first to the last that hold any ink worth the name. */
    int inkHeight() {
        int first = -1;
        int last = -1;
        for (int y = 0; y < height; y++) {
            for (int i = y * width, end = i + width; i < end; i++) {
                if (ink[i] > 0.1f) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        return last - first + 1;
    }

    /** Area-averaged by {@code factor} in each direction; a partial last row or column counts its missing pixels blank. */
    InkMap shrunk(int factor) {
        int smallWidth = (width + factor - 1) / factor;
        int smallHeight = (height + factor - 1) / factor;
        float[] sum = new float[smallWidth * smallHeight];
        for (int y = 0; y < height; y++) {
            int row = (y / factor) * smallWidth;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                sum[row + x / factor] += ink[i];
            }
        }
        float full = factor * factor;
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= full;
        }
        return new InkMap(smallWidth, smallHeight, sum);
    }
}
