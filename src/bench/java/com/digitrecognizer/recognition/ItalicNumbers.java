package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.ItalicLines;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How well numbers written in an italic hand are read: {@link NumberAccuracy}'s numbers of MNIST
 * test digits, each page also sheared (rows moved right the higher they lie, on top of the lean
 * MNIST's writers gave their digits: about 0.2 columns a row), read exactly and misread yet
 * accepted, apart and touching, at each lean.
 * <pre>./mvnw -Pbench test-compile exec:exec@bench -Dbench.main=com.digitrecognizer.recognition.ItalicNumbers -Dbench.args="1500 [seed]"</pre>
 */
public final class ItalicNumbers {

    /**
     * Columns a row up added to each page: none (MNIST's lean), ≈ 11° and 19° more, and as much
     * less — upright, and leaning back.
     */
    private static final double[] SHEARS = {0, 0.2, 0.35, -0.2, -0.35};

    private ItalicNumbers() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1);
             Recognizer recognizer = BenchRecognizers.of(classifier, false)) {
            int[][] exact = new int[SHEARS.length][2];
            int[][] misread = new int[SHEARS.length][2];
            int[] total = new int[2];
            DrawnNumbers drawn = new DrawnNumbers(seed);
            for (int i = 0; i < count; i++) {
                DrawnNumbers.Number number = drawn.next();
                int kind = number.touching() ? 1 : 0;
                total[kind]++;
                for (int s = 0; s < SHEARS.length; s++) {
                    DrawnNumbers.Number italic = ItalicLines.written(number, SHEARS[s]);
                    Reading reading = recognizer.read(new InkRaster(italic.width(), italic.height(), italic.coverage()));
                    boolean right = reading.accepted() && reading.text().equals(number.text());
                    exact[s][kind] += right ? 1 : 0;
                    misread[s][kind] += !right && reading.accepted() ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "Model %s, numbers of MNIST test digits (seed %d) sheared%n",
                    classifier.card().version(), seed);
            System.out.println("| lean added (columns a row up) | apart: read exactly | misread | touching: read exactly | misread | all |");
            System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
            for (int s = 0; s < SHEARS.length; s++) {
                System.out.printf(Locale.ROOT, "| %+.2f | %s | %s | %s | %s | %s |%n", SHEARS[s],
                        NumberAccuracy.share(exact[s][0], total[0]), NumberAccuracy.share(misread[s][0], total[0]),
                        NumberAccuracy.share(exact[s][1], total[1]), NumberAccuracy.share(misread[s][1], total[1]),
                        NumberAccuracy.share(exact[s][0] + exact[s][1], count));
            }
        }
    }
}
