package com.digitrecognizer.corrections;

/**
 * An accepted correction as training takes it: the 28x28 image the network saw (a byte a pixel,
 * ink = 255) and its right class, 0-9 or {@link com.digitrecognizer.recognition.ModelContract#NOT_A_DIGIT}.
 */
public record TrainingInput(byte[] networkInput, int label) {
}
