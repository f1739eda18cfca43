package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a 6-digit read spends its time, stage by stage: the ink map, the segmentation (marks,
 * cut paths, candidates) and the search for the best path ({@link CandidateSearch}: the candidates
 * that can be on it normalised as MNIST and classified), on one thread or on two as the app
 * searches when a page is read alone ({@link SplitInference}: the helper woken before the
 * segmentation), round by round; and, on its own, the line reader's read of the page (the app has
 * the helper do it while the marks are cut, when it is woken). The same twenty numbers as {@link ReadingBenchmark} (seed 2027), read in turn,
 * eight rounds of fifty (the first ones warm the JIT up): means per number, and per classified
 * candidate for the search.
 * <pre>./mvnw -Pbench -Dbench.main=com.digitrecognizer.recognition.ReadingStages -Dbench.args="true [intra-op threads]"</pre>
 */
public final class ReadingStages {

    private static final int ROUNDS = 8;
    private static final int REPEATS = 50;

    private ReadingStages() {
    }

    public static void main(String[] args) {
        boolean touching = Boolean.parseBoolean(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), threads);
             SplitInference split = new SplitInference()) {
            DrawnNumbers drawn = new DrawnNumbers(2027);
            InkRaster[] numbers = new InkRaster[20];
            for (int i = 0; i < numbers.length; i++) {
                DrawnNumbers.Number number = drawn.next(6, touching);
                numbers[i] = new InkRaster(number.width(), number.height(), number.coverage());
            }
            for (int round = 0; round < ROUNDS; round++) {
                boolean shared = round % 2 == 1;
                long map = 0;
                long segmentation = 0;
                long search = 0;
                long candidates = 0;
                long classified = 0;
                long inferences = 0;
                long lines = 0;
                for (int repeat = 0; repeat < REPEATS; repeat++) {
                    for (InkRaster number : numbers) {
                        long start = System.nanoTime();
                        InkMap ink = number.toInkMap();
                        long mapped = System.nanoTime();
                        Segmenter.Marks marks = Segmenter.marks(ink, 20);
                        try (SplitInference.Job job = split.begin(shared)) {
                            Segmenter.Candidates page = marks.candidates();
                            long segmented = System.nanoTime();
                            CandidateSearch.Choice found = job.search(page, classifier::classify);
                            search += System.nanoTime() - segmented;
                            segmentation += segmented - mapped;
                            map += mapped - start;
                            candidates += page.list().size();
                            classified += found.classified();
                            inferences += found.inferences();
                        }
                        long before = System.nanoTime();
                        new LineReading(marks, 20 * PageReader.LINE_WIDTH_PER_DIGIT).read(classifier);
                        lines += System.nanoTime() - before;
                    }
                }
                int reads = REPEATS * numbers.length;
                System.out.printf(Locale.ROOT, "ink map %.2f ms, segmentation %.2f ms, search %s %.2f ms (%.1f candidates,"
                                + " %.1f classified in %.1f inferences, %.3f ms each); line read %.2f ms%n",
                        map / 1e6 / reads, segmentation / 1e6 / reads, shared ? "on two threads" : "on one",
                        search / 1e6 / reads, (double) candidates / reads,
                        (double) classified / reads, (double) inferences / reads, search / 1e6 / classified,
                        lines / 1e6 / reads);
            }
        }
    }
}
