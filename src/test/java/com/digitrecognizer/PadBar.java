package com.digitrecognizer;

import com.digitrecognizer.recognition.InkRaster;

/** A vertical bar as the pad sends it (a 1): a drawing for tests that need one, not a particular digit. */
public final class PadBar {

    private PadBar() {
    }

    public static InkRaster drawing() {
        byte[] ink = new byte[100 * 100];
        for (int y = 20; y < 80; y++) {
            for (int x = 45; x < 55; x++) {
                ink[y * 100 + x] = (byte) 255;
            }
        }
        return new InkRaster(100, 100, ink);
    }
}
