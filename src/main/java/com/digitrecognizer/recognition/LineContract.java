package com.digitrecognizer.recognition;

import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the line trainer writes and the line reader loads must agree on: a SavedModel in the
 * folder {@value #FOLDER} of a model version, tagged {@value #TAG}, whose signature takes
 * {@value #INPUT}, float32 [-1, 28, width, 1] (a {@link LineImage}, ink = 1), and gives
 * {@value #OUTPUT}, float32 [-1, positions, 12]: at each position along the line the
 * probabilities of the digits 0-9 at their own index, of a mark that is no digit at
 * {@value #NOT_A_DIGIT}, and of nothing new here (CTC's blank, between marks) at {@value #BLANK}.
 */
public final class LineContract {

    public static final String FOLDER = "line";
    public static final String TAG = "serve";
    public static final String SIGNATURE = "serving_default";
    public static final String INPUT = "line";
    public static final String OUTPUT = "steps";
    public static final int HEIGHT = LineImage.HEIGHT;
    public static final int NOT_A_DIGIT = ModelContract.NOT_A_DIGIT;
    public static final int BLANK = ModelContract.CLASSES;
    public static final int CLASSES = ModelContract.CLASSES + 1;
    /** Line pixels from one position to the next: the digit network's two 2x2 poolings. */
    public static final int STRIDE = 4;
    /** The narrowest line the network can read: one digit's window. */
    public static final int MIN_WIDTH = ModelContract.SIDE;

    private LineContract() {
    }

    /** The folder of the line reader of the model version in {@code version}; null when it has none. */
    public static Path folderIn(Path version) {
        Path folder = version.resolve(FOLDER);
        return Files.isRegularFile(folder.resolve("saved_model.pb")) ? folder : null;
    }

    /** How many positions the network reads along a line {@code width} pixels wide. */
    public static int positions(int width) {
        // two 3x3 'valid' convolutions and a pooling, twice, then the dense layer as a 4x4 convolution
        return ((width - 4) / 2 - 4) / 2 - 3;
    }

    /** The line pixel at the centre of the window read at {@code position}. */
    public static double centre(int position) {
        return position * STRIDE + ModelContract.SIDE / 2.0;
    }

    /** {@code count} lines of {@code width}, laid one after another, as an input tensor; the caller closes it. */
    public static TFloat32 inputTensor(float[] lines, int count, int width) {
        return TFloat32.tensorOf(Shape.of(count, HEIGHT, width, 1),
                DataBuffers.of(lines, true, false).narrow((long) count * HEIGHT * width));
    }
}
