package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How often a digit cut out of a touching mark is right, by the network's confidence in it: the
 * evidence behind the reader's higher bar for cut digits. Numbers of MNIST test digits whose
 * digits touch, read with the right count of digits (so that each digit read has its true one).
 * <pre>./mvnw -Pbench -Dbench.main=com.digitrecognizer.recognition.CutDigitCalibration -Dbench.args="3000 [seed]"</pre>
 */
public final class CutDigitCalibration {

    private static final double[] BUCKETS = {0.5, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99, 1.0};

    private CutDigitCalibration() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
        int[] right = new int[BUCKETS.length];
        int[] wrong = new int[BUCKETS.length];
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1)) {
            DrawnNumbers drawn = new DrawnNumbers(seed);
            for (int i = 0; i < count; i++) {
                DrawnNumbers.Number number = drawn.next();
                if (!number.touching()) {
                    continue;
                }
                InkRaster raster = new InkRaster(number.width(), number.height(), number.coverage());
                Segmenter.Candidates candidates = Segmenter.candidates(raster.toInkMap(), 20);
                float[] probabilities = classifier.classify(candidates.images().normaliseAll(), candidates.list().size());
                List<Integer> chosen = NumberReader.choose(candidates, probabilities);
                if (chosen.size() != number.text().length()) {
                    continue;
                }
                for (int k = 0; k < chosen.size(); k++) {
                    int candidate = chosen.get(k);
                    if (candidates.isCut(candidate)) {
                        int from = candidate * ModelContract.CLASSES;
                        int digit = ModelContract.indexOfMax(probabilities, from, ModelContract.DIGITS);
                        int bucket = bucket(probabilities[from + digit]);
                        if (digit == number.text().charAt(k) - '0') {
                            right[bucket]++;
                        } else {
                            wrong[bucket]++;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "Digits cut out of touching marks (seed %d)%n| confidence | right | wrong | wrong share |%n"
                + "| --- | ---: | ---: | ---: |%n", seed);
        for (int b = 0; b < BUCKETS.length; b++) {
            String range = b == 0 ? String.format(Locale.ROOT, "< %.2f", BUCKETS[0])
                    : b == BUCKETS.length - 1 ? String.format(Locale.ROOT, "≥ %.2f", BUCKETS[b - 1])
                    : String.format(Locale.ROOT, "%.2f–%.2f", BUCKETS[b - 1], BUCKETS[b]);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f %% |%n", range, right[b], wrong[b],
                    100.0 * wrong[b] / Math.max(1, right[b] + wrong[b]));
        }
    }

    private static int bucket(float confidence) {
        int b = 0;
        while (b < BUCKETS.length - 1 && confidence >= BUCKETS[b]) {
            b++;
        }
        return b;
    }
}
