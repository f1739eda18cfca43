package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.SlopingLines;
import com.digitrecognizer.UnevenLight;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Numbers photographed rather than scanned: the numbers of {@link NumberAccuracy} (MNIST test
 * digits, apart or touching) as grey PNGs, on white paper, on paper lit unevenly
 * ({@link UnevenLight}), on ruled paper, in a printed box, on a form's line, in a table's cell,
 * one digit to a form's box, in a light pencil, photographed on a dark desk, beside a scanner's
 * black edge, on a sloping line, through the reader as
 * {@code /read} takes an upload: read exactly, misread yet accepted, refused.
 * <pre>./mvnw -Pbench -Dbench.main=com.digitrecognizer.recognition.PhotographedNumbers -Dbench.args="1000 [seed]"</pre>
 */
public final class PhotographedNumbers {

    private PhotographedNumbers() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1);
             Recognizer recognizer = BenchRecognizers.of(classifier, false)) {
            System.out.printf(Locale.ROOT, "Model %s, %d numbers of MNIST test digits as grey PNGs (seed %d)%n%n",
                    classifier.card().version(), count, seed);
            System.out.println("| paper | read exactly | misread yet accepted | refused |");
            System.out.println("| --- | ---: | ---: | ---: |");
            report("white", recognizer, count, seed, DrawnNumbers.Number::png);
            for (UnevenLight light : UnevenLight.values()) {
                report(light.name(), recognizer, count, seed, light::photograph);
            }
            report("ruled, a line every quarter of the page's height", recognizer, count, seed,
                    number -> UnevenLight.onRuledPaper(number, number.height() / 4));
            report("in a printed box", recognizer, count, seed, UnevenLight::inAPrintedBox);
            report("on a form's printed line, 2 px", recognizer, count, seed, UnevenLight::onAPrintedLine);
            report("a table's cell cut out, its borders along the top and left", recognizer, count, seed,
                    UnevenLight::inATablesCell);
            report("one digit to a box of a form's row printed apart (numbers apart only)", recognizer, count, seed,
                    number -> !number.touching(), number -> UnevenLight.oneDigitToABox(number, true));
            report("pencil, grey 190 on white", recognizer, count, seed,
                    number -> UnevenLight.inPencil(number, 255, 190));
            report("dark grey paper (110), a dark pen (20)", recognizer, count, seed,
                    number -> UnevenLight.inPencil(number, 110, 20));
            report("on a dark desk", recognizer, count, seed, UnevenLight::onADesk);
            report("beside a scanner's black edge", recognizer, count, seed, UnevenLight::besideAScannersEdge);
            for (int degrees : new int[] {5, 10, 15, -10}) {
                report("the line sloping " + degrees + "°", recognizer, count, seed,
                        number -> SlopingLines.written(number, degrees));
            }
        }
    }

    private static void report(String paper, Recognizer recognizer, int count, long seed,
                               Function<DrawnNumbers.Number, byte[]> written) {
        report(paper, recognizer, count, seed, number -> true, written);
    }

    /** The row for those of the {@code count} numbers that are {@code counted}, each as a share of them. */
    private static void report(String paper, Recognizer recognizer, int count, long seed,
                               Predicate<DrawnNumbers.Number> counted, Function<DrawnNumbers.Number, byte[]> written) {
        DrawnNumbers drawn = new DrawnNumbers(seed);
        int exact = 0;
        int misread = 0;
        int refused = 0;
        int numbers = 0;
        for (int i = 0; i < count; i++) {
            DrawnNumbers.Number number = drawn.next();
            if (!counted.test(number)) {
                continue;
            }
            numbers++;
            try {
                Reading reading = recognizer.read(written.apply(number));
                exact += reading.accepted() && reading.text().equals(number.text()) ? 1 : 0;
                misread += !reading.text().equals(number.text()) && reading.accepted() ? 1 : 0;
            } catch (RecognitionException e) {
                refused++;
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %.1f %% | %.1f %% | %.1f %% |%n", paper, 100.0 * exact / numbers,
                100.0 * misread / numbers, 100.0 * refused / numbers);
    }
}
