package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.HandDrawnNonDigits;
import com.digitrecognizer.MnistTestDigits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The risk-coverage table that recognition.min-confidence is chosen from: MNIST test digits redrawn
 * as on the pad plus held-out hand-drawn non-digits, judged by the app's own {@link Verdict} rule at
 * thresholds from 0.5 to 0.999. Per threshold: the share of digits accepted (coverage), the share
 * accepted wrongly, the share of non-digits accepted as a digit, and the error among all answers
 * (a wrong digit or a non-digit taken for one). Not training's Calibration.riskCoverage: that one
 * counts a "not a digit" answer as covered, where the app's risk is a digit shown that is wrong.
 * <pre>./mvnw -Pbench -Dbench.main=com.digitrecognizer.recognition.RiskCoverage -Dbench.args="10000 3000"</pre>
 * The arguments: how many drawn test digits and how many non-digits; the model is saved_model/.
 */
public final class RiskCoverage {

    private static final float[] THRESHOLDS = {0.5f, 0.6f, 0.7f, 0.8f, 0.85f, 0.87f, 0.9f, 0.95f, 0.97f, 0.98f, 0.99f,
            0.995f, 0.999f};
    /** Other than the tests' seeds, so that the table is not tuned on what the tests check. */
    private static final long SEED = 2027;
    private static final int BATCH = 256;

    /** One drawing's outcome: what the network said, and the true digit (-1 for a non-digit). */
    private record Outcome(Prediction prediction, int label) {

        Verdict verdictAt(float threshold) {
            return Verdict.of(prediction.confidence(), prediction.notADigitProbability(), threshold);
        }
    }

    private RiskCoverage() {
    }

    public static void main(String[] args) {
        int digitCount = Integer.parseInt(args[0]);
        int nonDigitCount = Integer.parseInt(args[1]);
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1)) {
            Recognizer recognizer = BenchRecognizers.of(classifier, false);
            List<Outcome> digits = digits(recognizer, digitCount);
            List<Outcome> nonDigits = nonDigits(recognizer, nonDigitCount);
            print(classifier.card().version(), digits, nonDigits);
        }
    }

    private static List<Outcome> digits(Recognizer recognizer, int count) {
        Random random = new Random(SEED);
        List<Outcome> outcomes = new ArrayList<>(count);
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i % MnistTestDigits.COUNT;
            images.add(DrawnDigits.png(DrawnDigits.drawAnyhow(MnistTestDigits.image(index), random)));
            labels.add(MnistTestDigits.label(index));
            if (images.size() == BATCH || i == count - 1) {
                List<Prediction> predictions = recognizer.recognizeAll(images);
                for (int k = 0; k < predictions.size(); k++) {
                    outcomes.add(new Outcome(predictions.get(k), labels.get(k)));
                }
                images.clear();
                labels.clear();
            }
        }
        return outcomes;
    }

    /** Drawn a batch at a time, each with its own seed: thousands of 280x280 pages at once would not fit the heap. */
    private static List<Outcome> nonDigits(Recognizer recognizer, int count) {
        List<Outcome> outcomes = new ArrayList<>(count);
        for (int from = 0; from < count; from += BATCH) {
            List<byte[]> images = HandDrawnNonDigits.generate(Math.min(BATCH, count - from), SEED + from).stream()
                    .map(HandDrawnNonDigits.Drawing::png).toList();
            recognizer.recognizeAll(images).forEach(prediction -> outcomes.add(new Outcome(prediction, -1)));
        }
        return outcomes;
    }

    private static void print(String model, List<Outcome> digits, List<Outcome> nonDigits) {
        System.out.printf(Locale.ROOT, "Model %s: %,d MNIST test digits drawn as on the pad, %,d hand-drawn non-digits"
                + " (seed %d)%n", model, digits.size(), nonDigits.size(), SEED);
        System.out.printf(Locale.ROOT, "Verdict \"not a digit\" at any threshold: %.2f %% of the digits, %.2f %% of the"
                + " non-digits%n%n", 100 * share(digits, Verdict.NOT_A_DIGIT, 0),
                100 * share(nonDigits, Verdict.NOT_A_DIGIT, 0));
        System.out.println("| min-confidence | digits accepted | digits accepted wrongly | digits unsure "
                + "| non-digits accepted | error among all accepted |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
        for (float threshold : THRESHOLDS) {
            long acceptedDigits = digits.stream().filter(o -> o.verdictAt(threshold) == Verdict.DIGIT).count();
            long wrongDigits = digits.stream().filter(o -> o.verdictAt(threshold) == Verdict.DIGIT)
                    .filter(o -> o.prediction().digit() != o.label()).count();
            long acceptedNonDigits = nonDigits.stream().filter(o -> o.verdictAt(threshold) == Verdict.DIGIT).count();
            long accepted = acceptedDigits + acceptedNonDigits;
            System.out.printf(Locale.ROOT, "| %s | %.2f %% | %.2f %% | %.2f %% | %.2f %% | %.3f %% |%n", threshold,
                    100.0 * acceptedDigits / digits.size(), 100.0 * wrongDigits / digits.size(),
                    100 * share(digits, Verdict.UNSURE, threshold), 100.0 * acceptedNonDigits / nonDigits.size(),
                    accepted == 0 ? 0 : 100.0 * (wrongDigits + acceptedNonDigits) / accepted);
        }
    }

    private static double share(List<Outcome> outcomes, Verdict verdict, float threshold) {
        return (double) outcomes.stream().filter(o -> o.verdictAt(threshold) == verdict).count() / outcomes.size();
    }
}
