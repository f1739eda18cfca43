package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.HandDrawnNonDigits;
import com.digitrecognizer.HandDrawnNonDigits.Drawing;
import com.digitrecognizer.HandDrawnNonDigits.Kind;
import com.digitrecognizer.MnistTestDigits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shipped model and recognition.min-confidence as configured make of drawings: the
 * held-out non-digits mostly refused, kind by kind; MNIST test digits drawn as on the pad mostly
 * accepted, and rarely wrong when accepted. Bars a decent model clears with room to spare; the
 * figures are printed, and bench/RESULTS.md has them for the whole range of thresholds.
 */
class DrawingVerdictsTest {

    /** Least share of each kind of non-digit that must be refused (verdict "unsure" or "not-a-digit"). */
    private static final double MIN_REFUSED = 0.8;
    /** Least share of drawn digits that must be accepted, and most of those that may be wrong. */
    private static final double MIN_ACCEPTED = 0.85;
    private static final double MAX_WRONG_WHEN_ACCEPTED = 0.01;

    private static DigitClassifier classifier;
    private static Recognizer recognizer;

    @BeforeAll
    static void loadModel() {
        classifier = DigitClassifier.load(RecognizerTest.MODEL, 1);
        recognizer = new Recognizer(new LiveModel(classifier), RecognizerTest.properties(64, Duration.ofSeconds(5)),
                new RecognitionMetrics(new SimpleMeterRegistry(), classifier.card()));
    }

    @AfterAll
    static void closeModel() {
        classifier.close();
    }

    @Test
    void everyKindOfNonDigitIsMostlyRefused() {
        List<Drawing> drawings = HandDrawnNonDigits.generate(300, 13);
        List<Prediction> predictions = recognizer.recognizeAll(drawings.stream().map(Drawing::png).toList());
        Map<Kind, List<Prediction>> byKind = new EnumMap<>(Kind.class);
        for (int i = 0; i < drawings.size(); i++) {
            byKind.computeIfAbsent(drawings.get(i).kind(), kind -> new ArrayList<>()).add(predictions.get(i));
        }

        Map<Kind, Double> refused = byKind.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> share(entry.getValue(), p -> !p.accepted())));
        byKind.forEach((kind, kindPredictions) -> System.out.printf("Non-digits, %s: %.1f %% refused (%.1f %% \"not a "
                        + "digit\", %.1f %% unsure) of %d%n", kind, 100 * refused.get(kind),
                100 * share(kindPredictions, p -> p.verdict() == Verdict.NOT_A_DIGIT),
                100 * share(kindPredictions, p -> p.verdict() == Verdict.UNSURE), kindPredictions.size()));
        assertThat(refused).allSatisfy((kind, share) -> assertThat(share).as(kind.name())
                .isGreaterThanOrEqualTo(MIN_REFUSED));
    }

    @Test
    void digitsDrawnAsOnThePadAreMostlyAcceptedAndRarelyWrongWhenAccepted() {
        Random random = new Random(3);
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int index = random.nextInt(MnistTestDigits.COUNT);
            images.add(DrawnDigits.png(DrawnDigits.drawAnyhow(MnistTestDigits.image(index), random)));
            labels.add(MnistTestDigits.label(index));
        }
        List<Prediction> predictions = recognizer.recognizeAll(images);
        int accepted = 0;
        int wrong = 0;
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.get(i).accepted()) {
                accepted++;
                wrong += predictions.get(i).digit() == labels.get(i) ? 0 : 1;
            }
        }

        System.out.printf("Drawn digits: %.1f %% accepted, %.2f %% of those wrong; %.1f %% unsure, %.1f %% \"not a "
                        + "digit\"%n", 100.0 * accepted / predictions.size(), 100.0 * wrong / accepted,
                100 * share(predictions, p -> p.verdict() == Verdict.UNSURE),
                100 * share(predictions, p -> p.verdict() == Verdict.NOT_A_DIGIT));
        assertThat((double) accepted / predictions.size()).isGreaterThanOrEqualTo(MIN_ACCEPTED);
        assertThat((double) wrong / accepted).isLessThanOrEqualTo(MAX_WRONG_WHEN_ACCEPTED);
    }

    private static double share(List<Prediction> predictions, Predicate<Prediction> which) {
        return (double) predictions.stream().filter(which).count() / predictions.size();
    }
}
