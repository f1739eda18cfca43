package com.digitrecognizer.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cutting reader's digits: the best sequence of the page's candidates, classifying those that
 * can be on it ({@link CandidateSearch}), a second look at those of its digits the network is
 * unsure of ({@link SecondLook}) and the version's second network's opinion on them
 * ({@link SecondOpinion}), each digit judged against its bar.
 *
 * @param digits        the chosen candidates as digits, with their boxes on the page
 * @param modelVersion  the version that read them
 * @param minConfidence the bar that version is served at
 */
record CutReading(List<Reading.Digit> digits, String modelVersion, float minConfidence) {

    /**
     * {@code candidates} read by {@code classifier}, those that can be on the best path classified
     * in {@code job}, and so are a second look's views.
     */
    static CutReading of(DigitClassifier classifier, Segmenter.Candidates candidates, SplitInference.Job job,
                         float minConfidence, long start) {
        CandidateSearch.Choice search = job.search(candidates, classifier::classify);
        List<Integer> chosen = search.chosen();
        // a second look's eight views are shared with the helper, idle once the search is done
        DigitNetwork shared = (images, count) -> job.classify(classifier::classify, images, count);
        float[] probabilities = classifier.withSecondOpinion(candidates.images().values(), chosen,
                SecondLook.taken(candidates, chosen, search.probabilities(), minConfidence, shared));
        String modelVersion = classifier.card().version();
        return new CutReading(digits(candidates, chosen, probabilities, minConfidence, modelVersion, start),
                modelVersion, minConfidence);
    }

    /** The chosen candidates as digits, each judged against its bar, with its box on the page. */
    private static List<Reading.Digit> digits(Segmenter.Candidates candidates, List<Integer> chosen,
                                              float[] probabilities, float versionMinConfidence, String modelVersion,
                                              long start) {
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        float[] images = candidates.images().values();
        List<Reading.Digit> digits = new ArrayList<>(chosen.size());
        for (int c : chosen) {
            float[] input = Arrays.copyOfRange(images, c * ModelContract.PIXELS, (c + 1) * ModelContract.PIXELS);
            // a piece cut out of a mark may be a piece of anything: it must be surer to be a digit
            float minConfidence = candidates.isCut(c)
                    ? Math.max(versionMinConfidence, NumberReader.CUT_MIN_CONFIDENCE) : versionMinConfidence;
            digits.add(new Reading.Digit(Prediction.of(probabilities, c, minConfidence, modelVersion, elapsedMs, input),
                    candidates.list().get(c).box()));
        }
        return digits;
    }
}
