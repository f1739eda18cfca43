package com.digitrecognizer.models;

import com.digitrecognizer.corrections.CorrectionFilter;
import com.digitrecognizer.corrections.CorrectionSummary;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.corrections.Labels;
import com.digitrecognizer.corrections.TrainingInput;
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

    /** A digit (or "not a digit") the two versions answer differently: its right label and each version's likeliest class. */
    public record Disagreement(long correctionId, byte[] networkInput, String label, String first, String second) {
    }

    /**
     * How many of the corrected drawings' digits were compared (as retraining takes them: a number's
     * digits one by one where as many were read as its right answer has), how many each version got
     * right, and where they disagree.
     */
    public record Comparison(ModelVersion first, ModelVersion second, int digits, int firstRight, int secondRight,
                             List<Disagreement> disagreements) {
    }

    public Comparison compare(ModelVersion first, ModelVersion second) {
        List<TrainingInput> digits = new ArrayList<>();
        for (CorrectionSummary correction : corrections.find(CorrectionFilter.ALL, 0, DRAWINGS)) {
            digits.addAll(TrainingInput.of(correction.id(), correction.networkInput(), correction.label()));
        }
        if (digits.isEmpty()) {
            return new Comparison(first, second, 0, 0, 0, List.of());
        }
        float[] inputs = RetrainRun.correctionSet(digits).images();
        int[] firstAnswers = answers(first, inputs, digits.size());
        int[] secondAnswers = answers(second, inputs, digits.size());
        List<Disagreement> disagreements = new ArrayList<>();
        int firstRight = 0;
        int secondRight = 0;
        for (int i = 0; i < digits.size(); i++) {
            TrainingInput digit = digits.get(i);
            int right = digit.label();
            firstRight += firstAnswers[i] == right ? 1 : 0;
            secondRight += secondAnswers[i] == right ? 1 : 0;
            if (firstAnswers[i] != secondAnswers[i]) {
                disagreements.add(new Disagreement(digit.correction(), digit.networkInput(), label(right),
                        label(firstAnswers[i]), label(secondAnswers[i])));
            }
        }
        return new Comparison(first, second, digits.size(), firstRight, secondRight, disagreements);
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
