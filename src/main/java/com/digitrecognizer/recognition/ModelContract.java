package com.digitrecognizer.recognition;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import java.util.Map;

/**
 * What the trainer writes and the app loads must agree on, in one place: a SavedModel tagged
 * {@value #TAG} whose signature {@value #SIGNATURE} takes {@value #INPUT}, float32
 * [-1,28,28,1] in [0,1] with ink = 1, and gives {@value #OUTPUT}, float32 [-1,10] (index =
 * digit), with its model card {@value #CARD_FILE} beside it.
 */
public final class ModelContract {

    public static final String TAG = "serve";
    public static final String SIGNATURE = "serving_default";
    public static final String INPUT = "image";
    public static final String OUTPUT = "probabilities";
    public static final String CARD_FILE = "model.json";
    /** Width and height of an input image, in pixels. */
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    /** One probability per digit. */
    public static final int CLASSES = 10;

    /** The input and output as the model card describes them. */
    public static final Map<String, String> INPUT_DESCRIPTION = Map.of(
            "name", INPUT, "dtype", "float32", "shape", "[-1," + SIDE + "," + SIDE + ",1]",
            "range", "[0,1], ink = 1 (MNIST polarity), digit fitted in 20x20 and centred by centre of mass in 28x28");
    public static final Map<String, String> OUTPUT_DESCRIPTION = Map.of(
            "name", OUTPUT, "dtype", "float32", "shape", "[-1," + CLASSES + "]",
            "meaning", "probability of each digit, index = digit");

    private ModelContract() {
    }

    /** The input's shape for {@code count} images; -1 for any number. */
    public static Shape inputShape(long count) {
        return Shape.of(count, SIDE, SIDE, 1);
    }

    /** {@code count} images laid one after another in {@code images} as an input tensor; the caller closes it. */
    public static TFloat32 inputTensor(float[] images, int count) {
        return TFloat32.tensorOf(inputShape(count), DataBuffers.of(images, true, false).narrow((long) count * PIXELS));
    }

    /**
     * The {@code count x 10} values of an output tensor, row by row: the probabilities, or in
     * training the logits behind them.
     */
    public static float[] outputValues(TFloat32 output, int count) {
        float[] values = new float[count * CLASSES];
        output.copyTo(DataBuffers.of(values, false, false));
        return values;
    }

    /** The most likely digit of row {@code row} of {@code probabilities} (rows of ten); the lower one on a tie. */
    public static int argmax(float[] probabilities, int row) {
        int from = row * CLASSES;
        int best = 0;
        for (int digit = 1; digit < CLASSES; digit++) {
            if (probabilities[from + digit] > probabilities[from + best]) {
                best = digit;
            }
        }
        return best;
    }
}
