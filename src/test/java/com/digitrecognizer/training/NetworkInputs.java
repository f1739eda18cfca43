package com.digitrecognizer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What every training example must be to the network: values in [0,1], ink centred by its mass as serving centres it. */
final class NetworkInputs {

    private NetworkInputs() {
    }

    /** Asserts {@code image} is such an input, named {@code what} in a failure; its ink's mass. */
    static double assertCentred(float[] image, String what) {
        double mass = 0;
        double cx = 0;
        double cy = 0;
        for (int p = 0; p < image.length; p++) {
            assertThat(image[p]).as("%s pixel %d", what, p).isBetween(0f, 1f);
            mass += image[p];
            cx += image[p] * (p % 28 + 0.5);
            cy += image[p] * (p / 28 + 0.5);
        }
        assertThat(cx / mass).as("%s centre x", what).isCloseTo(14, within(1.0));
        assertThat(cy / mass).as("%s centre y", what).isCloseTo(14, within(1.0));
        return mass;
    }
}
