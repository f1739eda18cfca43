package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The second digit network's opinion: which rows it is asked about, what it averages, and the shipped version's. */
class SecondOpinionTest {

    private static final DigitNetwork UNUSED = (images, count) -> {
        throw new AssertionError("no second opinion expected");
    };

    @Test
    void onlyTheChosenRowsTheFirstNetworkIsUnsureOfAreAskedInOneInference() {
        float[] images = new float[4 * ModelContract.PIXELS];
        for (int i = 0; i < 4; i++) {
            images[i * ModelContract.PIXELS + 100] = i + 1; // each image told apart by one pixel
        }
        float[] probabilities = new float[4 * ModelContract.CLASSES];
        row(probabilities, 0, 7, 0.995f, ModelContract.NOT_A_DIGIT); // sure of a digit
        row(probabilities, 1, 7, 0.6f, 1); // unsure
        row(probabilities, 2, ModelContract.NOT_A_DIGIT, 0.995f, 7); // sure it is no digit
        row(probabilities, 3, 4, 0.7f, 9); // unsure, but not among the rows asked about
        List<float[]> asked = new ArrayList<>();

        float[] taken = SecondOpinion.taken(images, List.of(0, 1, 2), probabilities, (views, count) -> {
            asked.add(views);
            float[] seen = new float[count * ModelContract.CLASSES];
            IntStream.range(0, count).forEach(i -> row(seen, i, 7, 0.9f, 1));
            return seen;
        });

        assertThat(asked).singleElement().satisfies(views -> {
            assertThat(views).hasSize(ModelContract.PIXELS);
            assertThat(views[100]).as("the second image").isEqualTo(2);
        });
        assertThat(taken[ModelContract.CLASSES + 7]).isCloseTo((0.6f + 0.9f) / 2, within(1e-6f));
        assertThat(taken[ModelContract.CLASSES + 1]).isCloseTo((0.4f + 0.1f) / 2, within(1e-6f));
        for (int unchanged : new int[] {0, 2, 3}) {
            assertThat(rowOf(taken, unchanged)).containsExactly(rowOf(probabilities, unchanged));
        }
        assertThat(probabilities[ModelContract.CLASSES + 7]).as("the first network's row is left as it was")
                .isEqualTo(0.6f);
    }

    @Test
    void withNothingUnsureTheSecondNetworkIsNotAsked() {
        float[] probabilities = new float[2 * ModelContract.CLASSES];
        row(probabilities, 0, 3, 0.999f, 5);
        row(probabilities, 1, 3, 0.5f, 5);

        assertThat(SecondOpinion.taken(new float[2 * ModelContract.PIXELS], List.of(0), probabilities, UNUSED))
                .isSameAs(probabilities);
        assertThat(SecondOpinion.taken(new float[2 * ModelContract.PIXELS], List.of(), probabilities, UNUSED))
                .isSameAs(probabilities);
    }

    /** The shipped version's second network is loaded with it and averaged in where the first is unsure. */
    @Test
    void theShippedVersionAsksItsSecondNetworkAboutTheDigitsItsFirstIsUnsureOf() {
        int count = 500;
        float[] images = MnistTestDigits.images(0, count);
        List<Integer> all = IntStream.range(0, count).boxed().toList();
        Path secondFolder = RecognizerTest.MODEL.resolve(ModelContract.SECOND_FOLDER);
        try (DigitClassifier version = DigitClassifier.load(RecognizerTest.MODEL, 1);
             DigitClassifier second = DigitClassifier.load(secondFolder, 1)) {
            assertThat(version.companions())
                    .isEqualTo("second digit network " + second.card().version() + ", a line reader");
            assertThat(second.companions()).isEqualTo("no second digit network, no line reader");
            float[] first = version.classify(images, count);
            float[] seen = second.classify(images, count);

            float[] taken = version.withSecondOpinion(images, all, first);

            List<Integer> unsure = all.stream()
                    .filter(i -> SecondOpinion.likeliest(first, i) < SecondOpinion.SURE).toList();
            assertThat(unsure).as("digits the first network is unsure of").isNotEmpty();
            for (int i : all) {
                for (int k = 0; k < ModelContract.CLASSES; k++) {
                    int at = i * ModelContract.CLASSES + k;
                    float expected = unsure.contains(i) ? (first[at] + seen[at]) / 2 : first[at];
                    assertThat(taken[at]).as("image %d, class %d", i, k).isCloseTo(expected, within(1e-5f));
                }
            }
        }
    }

    @Test
    void aBrokenSecondNetworkRefusesTheVersionNamingIt(@TempDir Path dir) throws IOException {
        copyFirstNetwork(dir);
        Path second = Files.createDirectory(dir.resolve(ModelContract.SECOND_FOLDER));
        Files.write(second.resolve("saved_model.pb"), new byte[] {1, 2, 3, 4});
        Files.copy(RecognizerTest.MODEL.resolve(ModelContract.CARD_FILE), second.resolve(ModelContract.CARD_FILE));

        assertThatThrownBy(() -> DigitClassifier.load(dir, 1))
                .isInstanceOf(DigitClassifier.ModelLoadException.class)
                .hasMessageContaining("Cannot load the TensorFlow SavedModel at " + second);
    }

    /** The shipped version's first digit network alone (no second network, no line reader) copied into {@code dir}. */
    static void copyFirstNetwork(Path dir) throws IOException {
        for (String file : List.of("saved_model.pb", ModelContract.CARD_FILE, "variables/variables.index",
                "variables/variables.data-00000-of-00001")) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.copy(RecognizerTest.MODEL.resolve(file), dir.resolve(file));
        }
    }

    /** Row {@code row}: {@code best} at {@code digit}, the rest at {@code other}. */
    private static void row(float[] probabilities, int row, int digit, float best, int other) {
        probabilities[row * ModelContract.CLASSES + digit] = best;
        probabilities[row * ModelContract.CLASSES + other] = 1 - best;
    }

    private static float[] rowOf(float[] probabilities, int row) {
        return Arrays.copyOfRange(probabilities, row * ModelContract.CLASSES, (row + 1) * ModelContract.CLASSES);
    }
}
