package com.digitrecognizer.recognition;

/**
 * Writing with a pen much finer than the writing is large: a broad nib's hairlines (a
 * copperplate hand, a calligraphic font), or a fine-liner on a large drawing. Shrunk by
 * averaging, as MNIST's normalisation and the reader's working page shrink a page, such a stroke
 * fades: under the ink threshold the strong strokes set it is gone, a 0 comes apart into two 1s
 * and a 4 is read, surely, as a 1. Such a page is made bolder first.
 */
final class FinePen {

    /**
     * Strokes thinner than this share of the writing's height are thin: 0.8 pixel of MNIST's
     * 20-pixel box, where MNIST's own strokes are 1.2-2.7 pixels and the pad's about 3.
     */
    private static final double THIN = 0.04;

    private FinePen() {
    }

    /** Whether strokes {@code strokeWidth} pixels wide are thin in writing {@code height} pixels high. */
    static boolean isThin(double strokeWidth, int height) {
        return strokeWidth < THIN * height;
    }

    /** {@code page} shrunk by {@code factor} keeping the darkest pixel of each block, its strokes a pixel bolder on each side. */
    static InkMap bolder(InkMap page, int factor) {
        return page.maxPooled(factor).dilated();
    }
}
