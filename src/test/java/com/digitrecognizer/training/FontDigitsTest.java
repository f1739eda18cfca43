package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.ModelContract;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fonts the JDK always has stand in for the handwriting fonts, which CI does not install. */
class FontDigitsTest {

    private static final List<Font> FONTS = List.of(new Font(Font.SANS_SERIF, Font.PLAIN, 12),
            new Font(Font.SERIF, Font.ITALIC, 12));

    @Test
    void everyDigitOfEveryFontAndSomeOfItsLettersComeAsFittedAndCentredNetworkInputs() {
        FontDigits.Written written = FontDigits.of(FONTS, 3, 1);
        Examples examples = written.examples();

        assertThat(examples.size()).isEqualTo(2 * (10 + 2) * 3);
        assertThat(Arrays.copyOfRange(examples.labels(), 26, 38)).containsExactly(8, 9, 9, 9, 10, 10, 10, 10, 10, 10, 0, 0);
        assertThat(written.description()).startsWith("60 digits and 12 letters (\"not a digit\") written in 2 handwriting fonts");
        for (int i = 0; i < examples.size(); i++) {
            float[] image = Arrays.copyOfRange(examples.images(), i * ModelContract.PIXELS, (i + 1) * ModelContract.PIXELS);
            assertThat(NetworkInputs.assertCentred(image, "example " + i)).as("example %d's ink", i).isGreaterThan(20);
        }
    }

    @Test
    void theSameSeedWritesTheSameDigitsAndAnotherSeedPosesThemOtherwise() {
        float[] first = FontDigits.of(FONTS, 2, 7).examples().images();

        assertThat(FontDigits.of(FONTS, 2, 7).examples().images()).containsExactly(first);
        assertThat(Arrays.equals(FontDigits.of(FONTS, 2, 8).examples().images(), first)).isFalse();
    }

    /** Ink where the network expects it: it reads plain fonts' digits and letters, nearly all right. */
    @Test
    void theShippedNetworkReadsPlainFontsDigitsAndLetters() {
        Examples examples = FontDigits.of(FONTS, 10, 3).examples();
        float[] probabilities;
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1)) {
            probabilities = classifier.classify(examples.images(), examples.size());
        }
        int[] right = new int[2];
        for (int i = 0; i < examples.size(); i++) {
            boolean letter = examples.labels()[i] == ModelContract.NOT_A_DIGIT;
            right[letter ? 1 : 0] += ModelContract.argmax(probabilities, i) == examples.labels()[i] ? 1 : 0;
        }
        assertThat(right[0]).as("digits right of 200").isGreaterThanOrEqualTo(190);
        assertThat(right[1]).as("letters taken for no digit of 40").isGreaterThanOrEqualTo(32);
    }

    @Test
    void aFontNotInstalledIsLeftOutAndNamed() throws IOException {
        List<String> said = new ArrayList<>();

        List<Font> fonts = FontDigits.installed(List.of(Path.of("/no/such/font.ttf")), said::add);

        assertThat(fonts).isEmpty();
        assertThat(said).containsExactly("Not installed, left out: /no/such/font.ttf");
    }
}
