package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.HandDrawnNonDigits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The search that classifies only the candidates that can be on the best path chooses what
 * classifying every candidate chooses, with the same probabilities, and classifies far fewer.
 */
class CandidateSearchTest {

    private static DigitClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = DigitClassifier.load(RecognizerTest.MODEL, 1);
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    @Test
    void choosesWhatClassifyingEveryCandidateChoosesClassifyingFarFewer() {
        DrawnNumbers numbers = new DrawnNumbers(31);
        int[] candidates = new int[2];
        int[] classified = new int[2];
        for (int i = 0; i < 200; i++) {
            DrawnNumbers.Number number = numbers.next();
            InkMap page = pageOf(number);
            CandidateSearch.Choice search = assertChoosesAsEveryCandidateClassified(page, CandidateSearch::of);
            int kind = number.touching() ? 1 : 0;
            candidates[kind] += search.probabilities().length / ModelContract.CLASSES;
            classified[kind] += search.classified();
        }
        System.out.printf("Candidates classified: %d of %d apart, %d of %d touching%n", classified[0], candidates[0],
                classified[1], candidates[1]);
        assertThat(classified[0]).isLessThan(candidates[0] * 3 / 4);
        assertThat(classified[1]).isLessThan(candidates[1] * 2 / 3);
    }

    /** Letters, signs and scribbles, where the network finds no digit in many candidates. */
    @Test
    void choosesAsEveryCandidateClassifiedOnNonDigitsToo() {
        int searched = 0;
        for (HandDrawnNonDigits.Drawing drawing : HandDrawnNonDigits.generate(100, 13)) {
            InkMap page = ImageDecoder.inkOf(drawing.image());
            try {
                Segmenter.candidates(page, 20);
            } catch (RecognitionException refused) {
                continue; // refused before any candidate (blank, filled in): nothing to choose from
            }
            assertChoosesAsEveryCandidateClassified(page, CandidateSearch::of);
            searched++;
        }
        assertThat(searched).isGreaterThan(80);
    }

    /** Searched by the caller and the helper at once, the same digits are chosen, and the helper classifies some. */
    @Test
    void choosesTheSameSearchedOnTwoThreads() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        DrawnNumbers numbers = new DrawnNumbers(37);
        try (SplitInference split = new SplitInference()) {
            for (int i = 0; i < 100; i++) {
                DrawnNumbers.Number number = numbers.next(6, true);
                InkMap page = pageOf(number);
                try (SplitInference.Job job = split.begin(true)) {
                    assertChoosesAsEveryCandidateClassified(page, (candidates, network) -> job.search(candidates,
                            SplitInferenceTest.recording(threads, network)));
                }
            }
        }
        assertThat(threads).hasSize(2).contains(Thread.currentThread());
    }

    /**
     * Where a helper may come, a long number's path is classified a few candidates at a time: one
     * inference of twenty would leave the helper, busy with the line until then, nothing to take.
     */
    @Test
    void whereAHelperMayComeFewCandidatesAreTakenAtOnce() {
        DrawnNumbers.Number number = new DrawnNumbers(43).next(20, false);
        InkMap page = pageOf(number);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        DigitNetwork noting = (images, count) -> {
            sizes.add(count);
            return classifier.classify(images, count);
        };

        CandidateSearch search = new CandidateSearch(Segmenter.candidates(page, 20), noting, true);
        CandidateSearch.Choice choice = search.choose();
        search.finish();

        assertThat(choice.chosen()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(5).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(4));
        assertThat(CandidateSearch.of(Segmenter.candidates(page, 20), noting).inferences()).as("alone: none held back")
                .isLessThan(5);
    }

    /** The helper's failure is the caller's: a candidate it took is never classified. */
    @Test
    void theHelpersFailureReachesTheCaller() {
        Thread caller = Thread.currentThread();
        CountDownLatch helperAsked = new CountDownLatch(1);
        DrawnNumbers.Number number = new DrawnNumbers(41).next(6, true);
        InkMap page = pageOf(number);
        try (SplitInference split = new SplitInference(); SplitInference.Job job = split.begin(true)) {
            assertThatThrownBy(() -> job.search(Segmenter.candidates(page, 20), (images, count) -> {
                if (Thread.currentThread() != caller) {
                    helperAsked.countDown();
                    throw new IllegalStateException("helper");
                }
                SplitInferenceTest.awaitQuietly(helperAsked); // the caller holds four: the helper takes the rest
                return classifier.classify(images, count);
            })).isInstanceOf(IllegalStateException.class).hasMessage("helper");
        }
    }

    /** How a page is searched: with its candidates and the network. */
    private interface Search {
        CandidateSearch.Choice of(Segmenter.Candidates candidates, DigitNetwork network);
    }

    /** The candidates {@code searched} chooses on {@code page}, asserted to be those classifying every one chooses. */
    private static CandidateSearch.Choice assertChoosesAsEveryCandidateClassified(InkMap page, Search searched) {
        Segmenter.Candidates every = Segmenter.candidates(page, 20);
        int count = every.list().size();
        float[] all = classifier.classify(every.images().normaliseAll(), count);
        List<Integer> expected = NumberReader.choose(every, all);

        CandidateSearch.Choice search = searched.of(Segmenter.candidates(page, 20), classifier::classify);

        assertThat(search.chosen()).isEqualTo(expected);
        for (int c : expected) {
            for (int k = 0; k < ModelContract.CLASSES; k++) {
                int at = c * ModelContract.CLASSES + k;
                assertThat(search.probabilities()[at]).isCloseTo(all[at], within(1e-5f));
            }
        }
        assertThat(search.classified()).isBetween(expected.size(), count);
        assertThat(search.inferences()).isBetween(1, search.classified());
        return search;
    }

    private static InkMap pageOf(DrawnNumbers.Number number) {
        return new InkRaster(number.width(), number.height(), number.coverage()).toInkMap();
    }
}
