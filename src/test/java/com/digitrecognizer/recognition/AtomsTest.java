package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How marks are cut into atoms. */
class AtomsTest {

    private static final int DIGIT_HEIGHT = 50;
    private static final int TOOTH_PITCH = 7; // 0.14 of the digit height: between the two cut spacings

    /** A mark wider than any digit holds several: every gap of a comb is cut, where a digit-wide comb keeps some whole. */
    @Test
    void aMarkWiderThanAnyDigitIsCutMoreFinely() {
        int severalDigitsWide = 12; // teeth: 88 pixels, 1.76 digit heights
        int oneDigitWide = 8; // 60 pixels, 1.2 digit heights

        assertThat(atomsOfComb(severalDigitsWide)).isEqualTo(severalDigitsWide);
        assertThat(atomsOfComb(oneDigitWide)).isLessThan(oneDigitWide);
    }

    /** A comb one digit high: teeth 3 pixels wide on a bar along the bottom. */
    private static int atomsOfComb(int teeth) {
        int width = teeth * TOOTH_PITCH + 4;
        int height = DIGIT_HEIGHT + 4;
        float[] ink = new float[width * height];
        for (int y = 2; y < 2 + DIGIT_HEIGHT; y++) {
            for (int x = 2; x < width - 2; x++) {
                boolean tooth = (x - 2) % TOOTH_PITCH < 3;
                boolean bar = y >= DIGIT_HEIGHT - 2;
                ink[y * width + x] = tooth || bar ? 1 : 0;
            }
        }
        Blobs blobs = Blobs.of(new InkMap(width, height, ink), 0.5f);
        return Atoms.of(blobs, blobs.all(), DIGIT_HEIGHT, 20).size();
    }
}
