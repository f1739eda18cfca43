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
}
