package com.digitrecognizer.recognition;

import com.digitrecognizer.ContactSheet;
import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.HandDrawnNonDigits;
import com.digitrecognizer.HandDrawnNonDigits.Drawing;
import com.digitrecognizer.HandDrawnNonDigits.Kind;
import com.digitrecognizer.MnistTestDigits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The held-out non-digits (a test fixture, drawn unlike training's NonDigits) through the whole recognition path. */
class HandDrawnNonDigitsTest {

    /** Best-digit probabilities below which a drawing would count as no digit; 0.5 also catches every "not a digit" answer. */
    private static final double[] THRESHOLDS = {0.5, 0.7, 0.9};

    @Test
    void theSameSeedDrawsTheSameAndEveryKindAndGlyphComesUp() {
        List<Drawing> drawings = HandDrawnNonDigits.generate(300, 11);
        List<Drawing> again = HandDrawnNonDigits.generate(300, 11);

        for (int i = 0; i < drawings.size(); i++) {
            assertThat(again.get(i).png()).isEqualTo(drawings.get(i).png());
        }
        assertThat(drawings).extracting(Drawing::kind).contains(Kind.values());
        assertThat(drawings.stream().map(Drawing::name).distinct().count()).isGreaterThanOrEqualTo(35);
    }

    /**
     * What the shipped model answers to drawings it never saw the like of, beside what the same
     * rules would cost on drawn MNIST test digits. Also leaves target/hand-drawn-non-digits.png, a row per kind.
     */
    @Test
    void reportsHowManyTheShippedModelTakesForNoDigit() {
        List<Drawing> drawings = HandDrawnNonDigits.generate(900, 12);
        Map<Kind, List<Prediction>> byKind = new EnumMap<>(Kind.class);
        Map<String, List<Prediction>> byName = new TreeMap<>();
        List<Prediction> digits = new ArrayList<>();
        try (DigitClassifier classifier = DigitClassifier.load(RecognizerTest.MODEL, 1);
             Recognizer recognizer = new Recognizer(new LiveModel(classifier), RecognizerTest.properties(64, Duration.ofSeconds(5)),
                     new RecognitionMetrics(new SimpleMeterRegistry(), classifier.card()))) {
            for (Drawing drawing : drawings) {
                Prediction prediction = recognizer.recognize(drawing.png());
                byKind.computeIfAbsent(drawing.kind(), k -> new ArrayList<>()).add(prediction);
                byName.computeIfAbsent(drawing.name(), k -> new ArrayList<>()).add(prediction);
            }
            Random random = new Random(1);
            for (int i = 0; i < 1000; i++) {
                int size = 70 + random.nextInt(211);
                byte[] png = DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(random.nextInt(MnistTestDigits.COUNT)),
                        280, size, random.nextInt(280 - size + 1), random.nextInt(280 - size + 1), random.nextInt(5) - 1,
                        Page.values()[random.nextInt(Page.values().length)]));
                digits.add(recognizer.recognize(png));
            }
        }
        System.out.println("Shipped model on HandDrawnNonDigits: kind, count, answered \"not a digit\", best digit below "
                + Arrays.toString(THRESHOLDS));
        byKind.forEach((kind, predictions) -> System.out.println(row(kind.name(), predictions)));
        System.out.println(row("all", byKind.values().stream().flatMap(List::stream).toList()));
        System.out.println(row("DIGITS", digits) + "  (1,000 drawn MNIST test digits: the cost)");
        StringBuilder glyphs = new StringBuilder("  answered \"not a digit\" by glyph:");
        byName.forEach((name, predictions) -> glyphs.append(String.format(" %s %.0f%%", name, 100 * notADigit(predictions))));
        System.out.println(glyphs);
        List<List<float[]>> examples = new ArrayList<>();
        byKind.values().forEach(predictions ->
                examples.add(predictions.stream().limit(24).map(Prediction::networkInput).toList()));
        ContactSheet.write(examples, Path.of("target/hand-drawn-non-digits.png"));

        assertThat(byKind).containsOnlyKeys(Kind.values());
    }

    private static String row(String name, List<Prediction> predictions) {
        StringBuilder row = new StringBuilder(String.format("  %-8s %4d  %5.1f %%", name, predictions.size(),
                100 * notADigit(predictions)));
        for (double threshold : THRESHOLDS) {
            row.append(String.format("  %5.1f %%", 100.0 * predictions.stream().filter(p -> p.confidence() < threshold).count()
                    / predictions.size()));
        }
        return row.toString();
    }

    private static double notADigit(List<Prediction> predictions) {
        return (double) predictions.stream().filter(p -> p.notADigitProbability() > p.confidence()).count() / predictions.size();
    }
}
