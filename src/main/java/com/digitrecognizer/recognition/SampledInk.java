package com.digitrecognizer.recognition;

/**
 * The ink of an image read at every {@code every}th pixel each way (1: every pixel): a box found
 * on {@code ink} covers {@code every} times as many pixels each way on the image as it came.
 */
record SampledInk(InkMap ink, int every) {
}
