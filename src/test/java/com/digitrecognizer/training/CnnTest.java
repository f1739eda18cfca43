package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
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

    /** The shipped cards were written by the trainer: the first network 24, 48, 192 wide, the second the default. */
    @Test
    void theShippedNetworksCardsNameTheirWidths() {
        assertThat(ModelCard.read(FineTuneTest.SHIPPED).architecture())
                .isEqualTo(Cnn.Widths.of("24,48,192").architecture());
        assertThat(ModelCard.read(FineTuneTest.SHIPPED.resolve(ModelContract.SECOND_FOLDER)).architecture())
                .isEqualTo(Cnn.Widths.DEFAULT.architecture());
    }

    @Test
    void theDefaultWidthsAreTheWideNetworksAndBadOnesAreRefused() {
        assertThat(Cnn.Widths.of("32,64,256")).isEqualTo(Cnn.Widths.DEFAULT);
        assertThatThrownBy(() -> Cnn.Widths.of("32,64")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--widths");
    }
}
