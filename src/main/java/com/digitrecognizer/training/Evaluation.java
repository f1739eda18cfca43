package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.Arrays;

/** Accuracy, per-class accuracy and confusion matrix (rows = true digit, columns = predicted). */
record Evaluation(double accuracy, double[] perClassAccuracy, int[][] confusion) {

    /** Something that gives ten probabilities per image for {@code count} 28x28 images. */
    interface Model {
        float[] probabilities(float[] images, int count);
    }

    private static final int BATCH = 500;

    /** Scores {@code model} on every image of {@code test}, in batches. */
    static Evaluation measure(MnistData test, Model model) {
        float[][] images = Trainer.toFloats(test);
        int pixels = test.imageSize();
        int[] predicted = new int[test.size()];
        float[] batch = new float[BATCH * pixels];
        for (int from = 0; from < test.size(); from += BATCH) {
            int count = Math.min(BATCH, test.size() - from);
            for (int i = 0; i < count; i++) {
                System.arraycopy(images[from + i], 0, batch, i * pixels, pixels);
            }
            float[] probabilities = model.probabilities(batch, count);
            for (int i = 0; i < count; i++) {
                predicted[from + i] = ModelContract.argmax(probabilities, i);
            }
        }
        return of(test.labels(), predicted);
    }

    static Evaluation of(byte[] labels, int[] predicted) {
        int[][] confusion = new int[ModelContract.CLASSES][ModelContract.CLASSES];
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            confusion[labels[i]][predicted[i]]++;
            if (labels[i] == predicted[i]) {
                correct++;
            }
        }
        double[] perClass = new double[ModelContract.CLASSES];
        for (int digit = 0; digit < ModelContract.CLASSES; digit++) {
            int total = Arrays.stream(confusion[digit]).sum();
            perClass[digit] = total == 0 ? 0 : (double) confusion[digit][digit] / total;
        }
        return new Evaluation((double) correct / labels.length, perClass, confusion);
    }

    String report() {
        StringBuilder text = new StringBuilder(String.format("test accuracy %.2f %%%n", accuracy * 100));
        text.append("true\\pred").append(String.format("%6d".repeat(ModelContract.CLASSES), (Object[]) digits()))
                .append("  accuracy\n");
        for (int digit = 0; digit < ModelContract.CLASSES; digit++) {
            text.append(String.format("%9d", digit));
            for (int count : confusion[digit]) {
                text.append(String.format("%6d", count));
            }
            text.append(String.format("  %.2f %%%n", perClassAccuracy[digit] * 100));
        }
        return text.toString();
    }

    private static Integer[] digits() {
        Integer[] digits = new Integer[ModelContract.CLASSES];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = i;
        }
        return digits;
    }
}
