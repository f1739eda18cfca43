package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.Arrays;

import static com.digitrecognizer.recognition.ModelContract.CLASSES;
import static com.digitrecognizer.recognition.ModelContract.NOT_A_DIGIT;
import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * How a model answers a set of examples, every answer counted: accuracy, per-class accuracy and
 * confusion matrix over the eleven classes (rows = true class, columns = answer). An answer "not
 * a digit" on a digit is an error like any other.
 */
record Evaluation(double accuracy, double[] perClassAccuracy, int[][] confusion) {

    /** Something that gives {@link ModelContract#CLASSES} values (probabilities or logits) per image for {@code count} 28x28 images. */
    interface Model {
        float[] outputs(float[] images, int count);
    }

    private static final int BATCH = 500;

    /** Scores {@code model} on every MNIST digit of {@code test}. */
    static Evaluation measure(MnistData test, Model model) {
        Examples examples = Examples.digits(test);
        return of(examples.labels(), outputs(model, examples));
    }

    /** The model's outputs for every example, row by row, computed in batches. */
    static float[] outputs(Model model, Examples examples) {
        float[] outputs = new float[examples.size() * CLASSES];
        for (int from = 0; from < examples.size(); from += BATCH) {
            int count = Math.min(BATCH, examples.size() - from);
            float[] batch = Arrays.copyOfRange(examples.images(), from * PIXELS, (from + count) * PIXELS);
            System.arraycopy(model.outputs(batch, count), 0, outputs, from * CLASSES, count * CLASSES);
        }
        return outputs;
    }

    /** The evaluation of the answers (the most likely class of each row of {@code outputs}) against {@code labels}. */
    static Evaluation of(int[] labels, float[] outputs) {
        int[][] confusion = new int[CLASSES][CLASSES];
        for (int i = 0; i < labels.length; i++) {
            confusion[labels[i]][ModelContract.argmax(outputs, i)]++;
        }
        return of(confusion);
    }

    private static Evaluation of(int[][] confusion) {
        long correct = 0;
        long total = 0;
        double[] perClass = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            int count = Arrays.stream(confusion[c]).sum();
            perClass[c] = count == 0 ? 0 : (double) confusion[c][c] / count;
            correct += confusion[c][c];
            total += count;
        }
        return new Evaluation((double) correct / total, perClass, confusion);
    }

    /** Both sets' answers together. */
    Evaluation plus(Evaluation other) {
        int[][] sum = new int[CLASSES][CLASSES];
        for (int row = 0; row < CLASSES; row++) {
            for (int column = 0; column < CLASSES; column++) {
                sum[row][column] = confusion[row][column] + other.confusion[row][column];
            }
        }
        return of(sum);
    }

    /** The share of the examples answered "not a digit". */
    double rejected() {
        long rejected = 0;
        long total = 0;
        for (int[] row : confusion) {
            rejected += row[NOT_A_DIGIT];
            total += Arrays.stream(row).sum();
        }
        return (double) rejected / total;
    }

    String report() {
        StringBuilder text = new StringBuilder(String.format("accuracy %.2f %%, answered \"not a digit\" %.2f %%%n",
                accuracy * 100, rejected() * 100));
        text.append("true\\answer");
        for (int c = 0; c < CLASSES; c++) {
            text.append(String.format("%6s", name(c)));
        }
        text.append("  accuracy\n");
        for (int c = 0; c < CLASSES; c++) {
            if (Arrays.stream(confusion[c]).sum() == 0) {
                continue;
            }
            text.append(String.format("%11s", name(c)));
            for (int count : confusion[c]) {
                text.append(String.format("%6d", count));
            }
            text.append(String.format("  %.2f %%%n", perClassAccuracy[c] * 100));
        }
        return text.toString();
    }

    private static String name(int c) {
        return c == NOT_A_DIGIT ? "none" : String.valueOf(c);
    }
}
