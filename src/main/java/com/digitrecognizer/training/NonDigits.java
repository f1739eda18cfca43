package com.digitrecognizer.training;

import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.ModelContract;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Drawings that are not digits, for the network to learn "not a digit": each drawn stroke by
 * stroke as on the pad and normalised by serving's own preprocessing, so that they reach the
 * network exactly as a user's drawing would. The same seed and digits give the same samples.
 */
final class NonDigits {

    enum Kind {
        SCRIBBLE(0.20),
        BAR(0.10),
        SYMBOL(0.20),
        LETTER(0.25),
        FRAGMENT(0.15),
        TWO_DIGITS(0.10);

        /** Share of the samples of this kind. */
        final double share;

        Kind(double share) {
            this.share = share;
        }
    }

    /** {@code kinds.length} network inputs of 784 values each (ink = 1), one after another. */
    record Samples(float[] images, Kind[] kinds) {

        int size() {
            return kinds.length;
        }

        float[] image(int index) {
            return Arrays.copyOfRange(images, index * ModelContract.PIXELS, (index + 1) * ModelContract.PIXELS);
        }
    }

    /** Digit halves among the fragments; the rest are open loops. */
    private static final double HALVES = 0.65;

    private final SplittableRandom random;
    private final Hand hand;
    private final Shapes shapes;
    private final DigitPieces pieces;

    /** Fragments and pairs are made of {@code digits}: pass training digits, never test digits. */
    NonDigits(long seed, MnistData digits) {
        this.random = new SplittableRandom(seed);
        this.hand = new Hand(random);
        this.shapes = new Shapes(random);
        this.pieces = new DigitPieces(digits, random);
    }

    /** The next {@code count} samples, their kinds drawn by their shares. */
    Samples generate(int count) {
        float[] images = new float[count * ModelContract.PIXELS];
        Kind[] kinds = new Kind[count];
        for (int i = 0; i < count; i++) {
            kinds[i] = randomKind();
            System.arraycopy(draw(kinds[i]).networkInput(), 0, images, i * ModelContract.PIXELS, ModelContract.PIXELS);
        }
        return new Samples(images, kinds);
    }

    private InkRaster draw(Kind kind) {
        return switch (kind) {
            case SCRIBBLE -> hand.draw(shapes.scribble(), Hand.Style.ANY_TURN);
            case BAR -> hand.draw(shapes.barOrHook(), Hand.Style.AS_GIVEN);
            case SYMBOL -> hand.draw(randomGlyph(Glyphs.SYMBOLS), Hand.Style.UPRIGHT);
            case LETTER -> hand.draw(randomGlyph(Glyphs.LETTERS), Hand.Style.UPRIGHT);
            case FRAGMENT -> random.nextDouble() < HALVES ? pieces.half() : hand.draw(shapes.openArc(), Hand.Style.ANY_TURN);
            case TWO_DIGITS -> pieces.pair();
        };
    }

    private List<double[]> randomGlyph(List<Glyphs.Glyph> glyphs) {
        return glyphs.get(random.nextInt(glyphs.size())).strokes();
    }

    private Kind randomKind() {
        double pick = random.nextDouble();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < kinds.length - 1; i++) {
            pick -= kinds[i].share;
            if (pick < 0) {
                return kinds[i];
            }
        }
        return kinds[kinds.length - 1];
    }
}
