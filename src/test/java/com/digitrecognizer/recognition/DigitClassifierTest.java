package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The real model on more images than one inference takes. */
class DigitClassifierTest {

    @Test
    void moreImagesThanOneInferenceTakesAreAnsweredEachByItsOwnRow() {
        int count = 2 * DigitClassifier.LARGEST_INFERENCE + 44;
        float[] images = MnistTestDigits.images(0, count);
        try (DigitClassifier classifier = DigitClassifier.load(RecognizerTest.MODEL, 1)) {
            float[] all = classifier.classify(images, count);

            assertThat(all).hasSize(count * ModelContract.CLASSES);
            int largest = DigitClassifier.LARGEST_INFERENCE;
            for (int i : new int[] {0, largest - 1, largest, largest + 1, 2 * largest, count - 1}) {
                float[] alone = classifier.classify(MnistTestDigits.image(i), 1);
                float[] row = Arrays.copyOfRange(all, i * ModelContract.CLASSES, (i + 1) * ModelContract.CLASSES);
                for (int c = 0; c < ModelContract.CLASSES; c++) {
                    assertThat(row[c]).as("image %d, class %d", i, c).isCloseTo(alone[c], within(1e-5f));
                }
                assertThat(ModelContract.argmax(row, 0)).as("image %d", i).isEqualTo(MnistTestDigits.label(i));
            }
        }
    }
}
