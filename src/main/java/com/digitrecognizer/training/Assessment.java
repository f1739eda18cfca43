package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.EnumMap;
import java.util.Map;

import static com.digitrecognizer.recognition.ModelContract.CLASSES;

/**
 * How a model does on the held-out sets, as the model card records it and the evaluate command
 * prints it: every answer counted on the MNIST test digits and on the same digits redrawn as on
 * the pad, the share of the validation non-digits answered "not a digit" (also by kind), and the
 * expected calibration error of the probabilities ({@value Calibration#BINS} bins).
 */
record Assessment(Evaluation mnistTest, Evaluation drawnTest, Evaluation validationNegatives,
                  Map<NonDigits.Kind, Double> rejectedByKind, double mnistTestEce, double drawnTestEce) {

    /** Assesses {@code model}, which gives probabilities. */
    static Assessment of(HeldOut sets, Evaluation.Model model) {
        float[] mnist = Evaluation.outputs(model, sets.mnistTest());
        float[] drawn = Evaluation.outputs(model, sets.drawnTest());
        float[] negatives = Evaluation.outputs(model, sets.validationNegatives());
        return new Assessment(Evaluation.of(sets.mnistTest().labels(), mnist),
                Evaluation.of(sets.drawnTest().labels(), drawn),
                Evaluation.of(sets.validationNegatives().labels(), negatives),
                rejectedByKind(negatives, sets.validationNegativeKinds()),
                ece(mnist, sets.mnistTest().labels()), ece(drawn, sets.drawnTest().labels()));
    }

    /** The MNIST test digits' rows and the validation non-digits' row together: all eleven classes. */
    Evaluation digitsAndNegatives() {
        return mnistTest.plus(validationNegatives);
    }

    String report() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("MNIST test digits: accuracy %.2f %% counting every answer, %.2f %% answered \"not a digit\", ECE %.3f %%%n",
                mnistTest.accuracy() * 100, mnistTest.rejected() * 100, mnistTestEce * 100));
        text.append(String.format("the same digits drawn as on the pad: accuracy %.2f %%, %.2f %% answered \"not a digit\", ECE %.3f %%%n",
                drawnTest.accuracy() * 100, drawnTest.rejected() * 100, drawnTestEce * 100));
        text.append(String.format("validation non-digits answered \"not a digit\": %.2f %%", validationNegatives.rejected() * 100));
        rejectedByKind.forEach((kind, share) -> text.append(String.format(", %s %.1f %%", kind, share * 100)));
        text.append("\nrows 0-9: MNIST test digits, row \"none\": validation non-digits\n");
        return text.append(digitsAndNegatives().report()).toString();
    }

    private static Map<NonDigits.Kind, Double> rejectedByKind(float[] probabilities, NonDigits.Kind[] kinds) {
        Map<NonDigits.Kind, int[]> counts = new EnumMap<>(NonDigits.Kind.class); // rejected, all
        for (int i = 0; i < kinds.length; i++) {
            int[] count = counts.computeIfAbsent(kinds[i], k -> new int[2]);
            count[0] += ModelContract.argmax(probabilities, i) == ModelContract.NOT_A_DIGIT ? 1 : 0;
            count[1]++;
        }
        Map<NonDigits.Kind, Double> shares = new EnumMap<>(NonDigits.Kind.class);
        counts.forEach((kind, count) -> shares.put(kind, (double) count[0] / count[1]));
        return shares;
    }

    private static double ece(float[] probabilities, int[] labels) {
        return Calibration.expectedCalibrationError(Calibration.Outcomes.of(probabilities, labels, CLASSES));
    }
}
