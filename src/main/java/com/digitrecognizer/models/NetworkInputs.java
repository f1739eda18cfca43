package com.digitrecognizer.models;

import com.digitrecognizer.recognition.ModelContract;

import java.util.List;

/** Stored network inputs (28x28, a byte a pixel, ink = 255) as the network takes them: one after another, ink = 1. */
final class NetworkInputs {

    private NetworkInputs() {
    }

    static float[] unit(List<byte[]> stored) {
        float[] images = new float[stored.size() * ModelContract.PIXELS];
        for (int i = 0; i < stored.size(); i++) {
            byte[] pixels = stored.get(i);
            for (int p = 0; p < ModelContract.PIXELS; p++) {
                images[i * ModelContract.PIXELS + p] = (pixels[p] & 0xff) / 255f;
            }
        }
        return images;
    }
}
