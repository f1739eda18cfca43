package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one model card type: what the trainer writes, the app reads back, the shipped card included. */
class ModelCardTest {

    @TempDir
    Path dir;

    @Test
    void readsTheShippedCardAndWritesItBackUnchanged() throws IOException {
        ModelCard shipped = ModelCard.read(RecognizerTest.MODEL);

        shipped.write(dir);

        assertThat(shipped.version()).startsWith("mnist-cnn-");
        assertThat(shipped.input()).isEqualTo(ModelContract.INPUT_DESCRIPTION);
        assertThat(shipped.output()).isEqualTo(ModelContract.OUTPUT_DESCRIPTION);
        assertThat(shipped.confusionMatrix()).hasDimensions(ModelContract.CLASSES, ModelContract.CLASSES);
        assertThat(shipped.negatives().total()).isEqualTo((long) shipped.negatives().perEpoch() * shipped.epochs());
        assertThat(shipped.calibration().temperature()).isPositive();
        assertThat(shipped.rejections().validationNegatives()).isBetween(0.0, 1.0);
        assertThat(ModelCard.read(dir)).usingRecursiveComparison().isEqualTo(shipped);
    }

    @Test
    void needsOnlyAVersionSoThatOlderAndNewerCardsLoad() throws IOException {
        Files.writeString(dir.resolve(ModelContract.CARD_FILE), "{\"version\":\"v1\",\"testAccuracy\":0.9,\"later\":1}");

        ModelCard card = ModelCard.read(dir);

        assertThat(card.version()).isEqualTo("v1");
        assertThat(card.testAccuracy()).isEqualTo(0.9);

        Files.writeString(dir.resolve(ModelContract.CARD_FILE), "{\"testAccuracy\":0.9}");
        assertThatThrownBy(() -> ModelCard.read(dir)).isInstanceOf(DigitClassifier.ModelLoadException.class)
                .hasMessageContaining("has no version");
    }
}
