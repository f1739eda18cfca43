package com.digitrecognizer.training;

import java.util.SplittableRandom;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * What a trained network is judged on and never trained on: the validation split, on which the
 * temperature is fitted (the last {@value #VALIDATION_DIGITS} MNIST training digits and
 * {@value #VALIDATION_NEGATIVES} non-digits made from them), the MNIST test digits, and the same
 * test digits redrawn as on the pad. The same data give the same sets, for the trainer and the
 * evaluate command alike.
 */
record HeldOut(Examples validationDigits, Examples validationNegatives, NonDigits.Kind[] validationNegativeKinds,
               Examples mnistTest, Examples drawnTest) {

    static final int VALIDATION_DIGITS = 5000;
    static final int VALIDATION_NEGATIVES = 1000;
    /** Far from the training's non-digit seeds (the seed plus the epoch). */
    static final long VALIDATION_SEED = 1_000_003;
    private static final long DRAWING_SEED = 2026;

    static final String VALIDATION = "the last " + VALIDATION_DIGITS + " MNIST training digits (never trained on) and "
            + VALIDATION_NEGATIVES + " NonDigits made from them (seed " + VALIDATION_SEED + ")";
    static final String DRAWN_TEST = "the MNIST test digits redrawn at pad resolution, 90-250 px tall, cut at ink 0.45"
            + " as the tests' DrawnDigits does but with the pad's anti-aliased edge (training's DigitPieces.whole),"
            + " then normalised by serving's Preprocessor";

    /** The digits to train on: all of {@code train} but the validation split. */
    static MnistData trainingDigits(MnistData train) {
        return train.head(train.size() - VALIDATION_DIGITS);
    }

    /** The validation split's digits: the last {@value #VALIDATION_DIGITS} of {@code train}. */
    static MnistData validationDigits(MnistData train) {
        return train.tail(VALIDATION_DIGITS);
    }

    static HeldOut of(MnistData validationDigits, MnistData test) {
        return of(validationDigits, VALIDATION_NEGATIVES, test);
    }

    /** The sets with {@code negatives} validation non-digits: fewer for quick tests. */
    static HeldOut of(MnistData validationDigits, int negatives, MnistData test) {
        NonDigits.Samples samples = new NonDigits(VALIDATION_SEED, validationDigits).generate(negatives);
        return new HeldOut(Examples.digits(validationDigits), Examples.notDigits(samples), samples.kinds(),
                Examples.digits(test), drawn(test));
    }

    /** The validation digits and non-digits together. */
    Examples validation() {
        return validationDigits.plus(validationNegatives);
    }

    private static Examples drawn(MnistData test) {
        DigitPieces pen = new DigitPieces(test, new SplittableRandom(DRAWING_SEED));
        float[] images = new float[test.size() * PIXELS];
        int[] labels = new int[test.size()];
        for (int i = 0; i < test.size(); i++) {
            System.arraycopy(pen.whole(i).networkInput(), 0, images, i * PIXELS, PIXELS);
            labels[i] = test.labels()[i];
        }
        return new Examples(images, labels);
    }
}
