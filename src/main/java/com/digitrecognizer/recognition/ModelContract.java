package com.digitrecognizer.recognition;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the trainer writes and the app loads must agree on, in one place: a SavedModel tagged
 * {@value #TAG} whose signature {@value #SIGNATURE} takes {@value #INPUT}, float32
 * [-1,28,28,1] in [0,1] with ink = 1, and gives {@value #OUTPUT}, float32 [-1,11]: the
 * probabilities of the digits 0-9 at their own index, and of "not a digit" at {@value #NOT_A_DIGIT}.
 * Its model card {@value #CARD_FILE} lies beside it; a second digit network under the same
 * contract may lie in the folder {@value #SECOND_FOLDER} ({@link SecondOpinion}).
 */
public final class ModelContract {

    public static final String TAG = "serve";
    public static final String SIGNATURE = "serving_default";
    public static final String INPUT = "image";
    public static final String OUTPUT = "probabilities";
    public static final String CARD_FILE = "model.json";
    /** The folder of a version's second digit network, when it has one. */
    public static final String SECOND_FOLDER = "second";
    /** Width and height of an input image, in pixels. */
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    /** The classes 0-9 are the digits. */
    public static final int DIGITS = 10;
    /** The class of drawings that are no digit at all: letters, symbols, scribbles, bits of digits. */
    public static final int NOT_A_DIGIT = DIGITS;
    /** One probability per class: the ten digits, then "not a digit". */
    public static final int CLASSES = DIGITS + 1;

    /** The input and output as the model card describes them. */
    public static final Map<String, String> INPUT_DESCRIPTION = Map.of(
            "name", INPUT, "dtype", "float32", "shape", "[-1," + SIDE + "," + SIDE + ",1]",
            "range", "[0,1], ink = 1 (MNIST polarity), digit fitted in 20x20 and centred by centre of mass in 28x28");
    public static final Map<String, String> OUTPUT_DESCRIPTION = Map.of(
            "name", OUTPUT, "dtype", "float32", "shape", "[-1," + CLASSES + "]",
            "meaning", "probability of each class: index 0-9 = that digit, index " + NOT_A_DIGIT + " = not a digit");

    private ModelContract() {
    }

    /** The second digit network in {@code version}'s folder {@value #SECOND_FOLDER}; null when it has none. */
    public static Path secondFolderIn(Path version) {
        Path folder = version.resolve(SECOND_FOLDER);
        return Files.isRegularFile(folder.resolve("saved_model.pb")) ? folder : null;
    }

    /** The input's shape for {@code count} images; -1 for any number. */
    public static Shape inputShape(long count) {
        return Shape.of(count, SIDE, SIDE, 1);
    }

    /** {@code count} images laid one after another in {@code images} as an input tensor; the caller closes it. */
    public static TFloat32 inputTensor(float[] images, int count) {
        return inputTensor(images, 0, count);
    }

    /** Images {@code first} to {@code first + count} (exclusive) of {@code images} as an input tensor; the caller closes it. */
    static TFloat32 inputTensor(float[] images, int first, int count) {
        return TFloat32.tensorOf(inputShape(count),
                DataBuffers.of(images, true, false).slice((long) first * PIXELS, (long) count * PIXELS));
    }

    /**
     * The {@code count x CLASSES} values of an output tensor, row by row: the probabilities, or in
     * training the logits behind them.
     */
    public static float[] outputValues(TFloat32 output, int count) {
        if (!output.shape().equals(Shape.of(count, CLASSES))) {
            // a model trained for another contract (the ten-class models before "not a digit") must not be misread
            throw new IllegalStateException("The model answered " + output.shape() + " for " + count + " images, the contract is ["
                    + count + ", " + CLASSES + "]: retrain it with this version's trainer");
        }
        float[] values = new float[count * CLASSES];
        output.copyTo(DataBuffers.of(values, false, false));
        return values;
    }

    /** The most likely class of row {@code row} of {@code probabilities} (rows of {@link #CLASSES}); the lower one on a tie. */
    public static int argmax(float[] probabilities, int row) {
        return indexOfMax(probabilities, row * CLASSES, CLASSES);
    }

    /**
     * Which of the {@code count} values from {@code from} on is the largest, counted from
     * {@code from}; the lower one on a tie.
     */
    public static int indexOfMax(float[] values, int from, int count) {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (values[from + i] > values[from + best]) {
                best = i;
            }
        }
        return best;
    }
}
