package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.List;
import java.util.SplittableRandom;

import static com.digitrecognizer.training.Strokes.line;

/**
 * One writer's corrections, for tests and benches of fine-tuning: this writer writes the 1 as on
 * the Continent, with a long up-stroke that the shipped model mostly reads as a 7, and so crosses
 * the 7; drawn on the pad by a {@link Hand} and normalised as serving does.
 */
final class QuirkyWriter {

    private static final List<double[]> SEVEN = List.of(line(0.15, 0.32, 0.15, 0.1, 0.85, 0.1, 0.42, 0.95),
            line(0.28, 0.52, 0.8, 0.52));
    private static final List<double[]> ONE = List.of(line(0.1, 0.4, 0.6, 0.05, 0.6, 0.95));

    private QuirkyWriter() {
    }

    /** {@code count} drawings, sevens and ones taking turns. */
    static CorrectionSet corrections(int count, long seed) {
        Hand hand = new Hand(new SplittableRandom(seed));
        float[] images = new float[count * ModelContract.PIXELS];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            boolean seven = i % 2 == 0;
            float[] input = hand.draw(seven ? SEVEN : ONE, Hand.Style.UPRIGHT).networkInput();
            System.arraycopy(input, 0, images, i * ModelContract.PIXELS, ModelContract.PIXELS);
            labels[i] = seven ? 7 : 1;
        }
        return new CorrectionSet(images, labels);
    }
}
