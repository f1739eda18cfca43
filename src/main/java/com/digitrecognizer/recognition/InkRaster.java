package com.digitrecognizer.recognition;

/**
 * A drawing as the canvas sends it: one byte of ink coverage (0-255) per pixel, row-major.
 * Skips image decoding altogether, the fast path for the drawing pad.
 */
public record InkRaster(int width, int height, byte[] coverage) {

    public InkRaster {
        if (width < 0 || height < 0 || coverage == null || coverage.length != (long) width * height) {
            throw new RecognitionException(RecognitionException.Reason.UNDECODABLE_IMAGE,
                    "The drawing's raster does not match its size " + width + "x" + height + ".");
        }
    }

    /** What the network sees of this drawing (28x28, ink = 1), for training data drawn as on the pad. */
    public float[] networkInput() {
        return Preprocessor.normalizePage(toInkMap());
    }

    /** The coverage as ink, 0-1 per pixel, row-major. */
    public float[] ink() {
        float[] ink = new float[coverage.length];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (coverage[i] & 0xff) / 255f;
        }
        return ink;
    }

    InkMap toInkMap() {
        return new InkMap(width, height, ink());
    }
}
