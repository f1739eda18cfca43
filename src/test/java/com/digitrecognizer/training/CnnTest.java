package com.digitrecognizer.training;

import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CnnTest {

    @Test
    void aNarrowerNetworkHasTheWidthsItWasGivenAndSaysSo() {
        Cnn.Widths widths = Cnn.Widths.of("8, 16, 24");

        try (Cnn cnn = new Cnn(1, widths)) {
            assertThat(cnn.kernelShapes()).containsExactly(Shape.of(3, 3, 1, 8), Shape.of(3, 3, 8, 8),
                    Shape.of(3, 3, 8, 16), Shape.of(3, 3, 16, 16), Shape.of(4 * 4 * 16, 24), Shape.of(24, 11));
        }
        assertThat(widths.architecture()).startsWith("input 28x28x1 | conv3x3 8 BN ReLU | conv3x3 8 BN ReLU | maxpool 2"
                + " | conv3x3 16 BN ReLU | conv3x3 16 BN ReLU | maxpool 2 | dense 24 BN ReLU");
    }

    @Test
    void theShippedWidthsAreTheDefaultsAndBadOnesAreRefused() {
        assertThat(Cnn.Widths.of("32,64,256")).isEqualTo(Cnn.Widths.SHIPPED);
        assertThatThrownBy(() -> Cnn.Widths.of("32,64")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--widths");
    }
}
