package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How well numbers longer than {@link NumberAccuracy}'s 2 to 6 digits are read — a phone number, an
 * account number, up to {@code recognition.max-digits} (20): MNIST test digits apart and touching,
 * read exactly, misread yet accepted, refused outright (a page the reader will not read: more marks
 * than 20 digits would make), the mean time a number on one thread with its helper, and what each
 * digit's share comes to (the share read exactly to the power of one over the length): where it
 * falls with the length, something beyond the digits themselves loses numbers.
 * <pre>./mvnw -Pbench test-compile exec:exec@bench -Dbench.main=com.digitrecognizer.recognition.LongNumbers -Dbench.args="200 [seed]"</pre>
 */
public final class LongNumbers {

    private static final int[] LENGTHS = {4, 6, 8, 10, 12, 15, 20};

    private LongNumbers() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1);
             Recognizer recognizer = BenchRecognizers.of(classifier, false)) {
            System.out.printf(Locale.ROOT, "Model %s, %d numbers of MNIST test digits of each length (seed %d)%n",
                    classifier.card().version(), count, seed);
            System.out.println("| digits | kind | read exactly | misread yet accepted | refused outright"
                    + " | a digit's share | mean time |");
            System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
            for (int length : LENGTHS) {
                row(recognizer, new DrawnNumbers(seed + length), length, false, count);
                row(recognizer, new DrawnNumbers(seed + length), length, true, count);
            }
        }
    }

    /** One line of the table: {@code count} numbers of {@code length} digits from {@code drawn}. */
    private static void row(Recognizer recognizer, DrawnNumbers drawn, int length, boolean touching, int count) {
        int right = 0;
        int misread = 0;
        int refused = 0;
        long nanos = 0;
        for (int i = 0; i < count; i++) {
            DrawnNumbers.Number number = drawn.next(length, touching);
            long start = System.nanoTime();
            try {
                Reading reading = recognizer.read(new InkRaster(number.width(), number.height(), number.coverage()));
                boolean exact = reading.accepted() && reading.text().equals(number.text());
                right += exact ? 1 : 0;
                misread += !exact && reading.accepted() ? 1 : 0;
            } catch (RecognitionException e) {
                refused++;
            }
            nanos += System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s | %.4f | %.1f ms |%n", length,
                touching ? "touching" : "apart", NumberAccuracy.share(right, count),
                NumberAccuracy.share(misread, count), NumberAccuracy.share(refused, count),
                Math.pow((double) right / count, 1.0 / length), nanos / 1e6 / count);
    }
}
