package com.digitrecognizer.models;

import com.digitrecognizer.corrections.CorrectionFilter;
import com.digitrecognizer.corrections.CorrectionSummary;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.corrections.Labels;
import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.ModelLoader;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions side by side on the drawings people corrected (the newest {@value #DRAWINGS} with a
 * network input): which of them each version gets right, and those on which their likeliest
 * classes differ. Both are loaded for the comparison and closed after it, whichever is live.
 */
@Service
public class VersionComparison {

    static final int DRAWINGS = 2000;

    private final Corrections corrections;
    private final ModelLoader loader;

    VersionComparison(Corrections corrections, ModelLoader loader) {
        this.corrections = corrections;
        this.loader = loader;
    }

    /** A drawing the two versions answer differently: its right label and each version's likeliest class. */
    public record Disagreement(long correctionId, byte[] networkInput, String label, String first, String second) {
    }

    /** How many corrected drawings were compared, how many each version got right, and where they disagree. */
    public record Comparison(ModelVersion first, ModelVersion second, int drawings, int firstRight, int secondRight,
                             List<Disagreement> disagreements) {
    }

    public Comparison compare(ModelVersion first, ModelVersion second) {
        List<CorrectionSummary> drawn = corrections.find(CorrectionFilter.ALL, 0, DRAWINGS).stream()
                .filter(correction -> correction.networkInput() != null).toList();
        if (drawn.isEmpty()) {
            return new Comparison(first, second, 0, 0, 0, List.of());
        }
        float[] inputs = NetworkInputs.unit(drawn.stream().map(CorrectionSummary::networkInput).toList());
        int[] firstAnswers = answers(first, inputs, drawn.size());
        int[] secondAnswers = answers(second, inputs, drawn.size());
        List<Disagreement> disagreements = new ArrayList<>();
        int firstRight = 0;
        int secondRight = 0;
        for (int i = 0; i < drawn.size(); i++) {
            CorrectionSummary correction = drawn.get(i);
            String firstAnswer = label(firstAnswers[i]);
            String secondAnswer = label(secondAnswers[i]);
            firstRight += firstAnswer.equals(correction.label()) ? 1 : 0;
            secondRight += secondAnswer.equals(correction.label()) ? 1 : 0;
            if (firstAnswers[i] != secondAnswers[i]) {
                disagreements.add(new Disagreement(correction.id(), correction.networkInput(), correction.label(),
                        firstAnswer, secondAnswer));
            }
        }
        return new Comparison(first, second, drawn.size(), firstRight, secondRight, disagreements);
    }

    private int[] answers(ModelVersion version, float[] inputs, int count) {
        try (DigitClassifier classifier = loader.load(version.directory())) {
            float[] probabilities = classifier.classify(inputs, count);
            int[] answers = new int[count];
            for (int i = 0; i < count; i++) {
                answers[i] = ModelContract.argmax(probabilities, i);
            }
            return answers;
        }
    }

    /** A class as corrections label it: the digit, or "not-a-digit". */
    private static String label(int index) {
        return index == ModelContract.NOT_A_DIGIT ? Labels.NOT_A_DIGIT : String.valueOf(index);
    }
}
