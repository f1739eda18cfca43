package com.digitrecognizer.recognition;

import java.util.List;

/**
 * Chooses a page's digits among its candidates ({@link NumberReader}) classifying only those that
 * can still be on the best path, branch and bound: the best path is found with every candidate not
 * yet classified counted as a sure digit — none can score more — and its candidates not yet
 * classified are, in one inference, until the best path has none left; then no other path can
 * score more, and it is the one the network would choose with every candidate classified. A
 * touching 6-digit number's thirty-odd candidates: about half classified (bench/RESULTS.md, round 62).
 *
 * @param chosen        the chosen candidates, left to right
 * @param probabilities the {@code count x 11} probabilities of the candidates, those of the
 *                      candidates never classified zero
 * @param classified    how many candidates were classified
 * @param inferences    in how many inferences
 */
record CandidateSearch(List<Integer> chosen, float[] probabilities, int classified, int inferences) {

    /** The digits of {@code candidates}, those needed normalised and classified by {@code network}. */
    static CandidateSearch of(Segmenter.Candidates candidates, SecondLook.Network network) {
        int count = candidates.list().size();
        float[] probabilities = new float[count * ModelContract.CLASSES];
        boolean[] known = new boolean[count];
        CandidateImages images = candidates.images();
        int classified = 0;
        for (int inferences = 0; ; inferences++) {
            List<Integer> chosen = NumberReader.choose(candidates, probabilities, known);
            int[] asked = chosen.stream().filter(c -> !known[c]).mapToInt(Integer::intValue).toArray();
            if (asked.length == 0) {
                return new CandidateSearch(chosen, probabilities, classified, inferences);
            }
            float[] batch = new float[asked.length * ModelContract.PIXELS];
            for (int a = 0; a < asked.length; a++) {
                images.normalise(asked[a], 1);
                System.arraycopy(images.values(), asked[a] * ModelContract.PIXELS, batch, a * ModelContract.PIXELS,
                        ModelContract.PIXELS);
            }
            float[] seen = network.classify(batch, asked.length);
            for (int a = 0; a < asked.length; a++) {
                System.arraycopy(seen, a * ModelContract.CLASSES, probabilities, asked[a] * ModelContract.CLASSES,
                        ModelContract.CLASSES);
                known[asked[a]] = true;
            }
            classified += asked.length;
        }
    }
}
