package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.List;
import java.util.SplittableRandom;

import static com.digitrecognizer.training.Strokes.arc;
import static com.digitrecognizer.training.Strokes.line;

/**
 * One writer's corrections, for tests and benches of fine-tuning, drawn on the pad by a
 * {@link Hand} and normalised as serving does. The writer crosses the 7, which the shipped model
 * reads well, and has one quirk it mostly gets wrong.
 */
final class QuirkyWriter {

    /** The writer's quirk, and the digit it is. */
    enum Quirk {
        /** A zero struck through from corner to corner, as programmers write it: mostly "not a digit". */
        SLASHED_ZERO(0, List.of(arc(0.5, 0.5, 0.3, 0.45, 0, 360), line(0.85, 0.05, 0.15, 0.95))),
        /**
         * A one with a long up-stroke, as on the Continent: mostly a 7, and so like MNIST's sevens
         * that learning it costs some of them.
         */
        CONTINENTAL_ONE(1, List.of(line(0.1, 0.4, 0.6, 0.05, 0.6, 0.95)));

        final int digit;
        final List<double[]> skeleton;

        Quirk(int digit, List<double[]> skeleton) {
            this.digit = digit;
            this.skeleton = skeleton;
        }
    }

    static final List<double[]> CROSSED_SEVEN = List.of(line(0.15, 0.32, 0.15, 0.1, 0.85, 0.1, 0.42, 0.95),
            line(0.28, 0.52, 0.8, 0.52));

    private QuirkyWriter() {
    }

    /** {@code count} drawings, the quirk and crossed sevens taking turns. */
    static CorrectionSet corrections(Quirk quirk, int count, long seed) {
        Hand hand = new Hand(new SplittableRandom(seed));
        float[] images = new float[count * ModelContract.PIXELS];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            boolean seven = i % 2 == 1;
            float[] input = hand.draw(seven ? CROSSED_SEVEN : quirk.skeleton, Hand.Style.UPRIGHT).networkInput();
            System.arraycopy(input, 0, images, i * ModelContract.PIXELS, ModelContract.PIXELS);
            labels[i] = seven ? 7 : quirk.digit;
        }
        return new CorrectionSet(images, labels);
    }
}
