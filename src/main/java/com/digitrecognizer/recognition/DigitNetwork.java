package com.digitrecognizer.recognition;

/** A digit network as the readers ask it (a {@link DigitClassifier}'s first or second network). */
@FunctionalInterface
interface DigitNetwork {

    /** The {@code count x 11} probabilities of {@code count} 28x28 images. */
    float[] classify(float[] images, int count);
}
