package com.digitrecognizer.training;

import com.digitrecognizer.ContactSheet;
import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.training.NonDigits.Kind;
import com.digitrecognizer.training.NonDigits.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NonDigitsTest {

    private static MnistData train;

    @BeforeAll
    static void readDigits() throws IOException {
        Path mnist = IdxReaderTest.MNIST;
        train = IdxReader.read(mnist.resolve("train-5k-images-idx3-ubyte.gz"), mnist.resolve("train-5k-labels-idx1-ubyte.gz"));
    }

    @Test
    void theSameSeedGivesTheSameSamplesAndAnotherSeedOthers() {
        Samples first = new NonDigits(7, train).generate(200);
        Samples again = new NonDigits(7, train).generate(200);
        Samples other = new NonDigits(8, train).generate(200);

        assertThat(again.kinds()).containsExactly(first.kinds());
        assertThat(again.images()).containsExactly(first.images());
        assertThat(Arrays.equals(other.images(), first.images())).isFalse();
    }

    @Test
    void everyKindComesAtItsShare() {
        Samples samples = new NonDigits(1, train).generate(3000);

        Map<Kind, Integer> counts = counts(samples);
        for (Kind kind : Kind.values()) {
            assertThat(counts.getOrDefault(kind, 0) / 3000.0).as(kind.name()).isCloseTo(kind.share, within(0.03));
        }
    }

    @Test
    void everySampleIsAValidNetworkInputFittedAndCentredAsServingDoes() {
        Samples samples = new NonDigits(2, train).generate(1000);

        for (int i = 0; i < samples.size(); i++) {
            float[] image = samples.image(i);
            NetworkInputs.assertCentred(image, "sample " + i);
            float max = 0;
            for (float value : image) {
                max = Math.max(max, value);
            }
            assertThat(max).as("sample %d (%s) has ink", i, samples.kinds()[i]).isGreaterThan(0.5f);
        }
    }

    /**
     * What the shipped model answers to non-digits of a seed it never trained on. Also leaves
     * target/non-digits.png, a row per kind.
     */
    @Test
    void reportsHowManyTheShippedModelTakesForNoDigit() {
        Samples samples = new NonDigits(4, train).generate(3000);
        float[] probabilities;
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1)) {
            probabilities = classifier.classify(samples.images(), samples.size());
        }
        Map<Kind, List<Answer>> answers = new EnumMap<>(Kind.class);
        Map<Kind, List<float[]>> examples = new EnumMap<>(Kind.class);
        for (int i = 0; i < samples.size(); i++) {
            int from = i * ModelContract.CLASSES;
            answers.computeIfAbsent(samples.kinds()[i], k -> new ArrayList<>()).add(new Answer(
                    ModelContract.argmax(probabilities, i) == ModelContract.NOT_A_DIGIT,
                    probabilities[from + ModelContract.indexOfMax(probabilities, from, ModelContract.DIGITS)]));
            List<float[]> row = examples.computeIfAbsent(samples.kinds()[i], k -> new ArrayList<>());
            if (row.size() < 20) {
                row.add(samples.image(i));
            }
        }
        System.out.println("Shipped model on NonDigits: kind, count, answered \"not a digit\", best digit above 0.9");
        answers.forEach((kind, values) -> System.out.printf("  %-10s %5d  %5.1f %%  %5.1f %%%n", kind, values.size(),
                100.0 * values.stream().filter(Answer::notADigit).count() / values.size(),
                100.0 * values.stream().filter(a -> a.bestDigit() > 0.9).count() / values.size()));
        ContactSheet.write(List.copyOf(examples.values()), Path.of("target/non-digits.png"));

        assertThat(answers).containsOnlyKeys(Kind.values());
    }

    private record Answer(boolean notADigit, double bestDigit) {
    }

    private static Map<Kind, Integer> counts(Samples samples) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : samples.kinds()) {
            counts.merge(kind, 1, Integer::sum);
        }
        return counts;
    }
}
