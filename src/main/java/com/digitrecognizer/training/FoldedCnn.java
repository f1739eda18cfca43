package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A served model's network made trainable again: its layers as {@link SavedModelExport} wrote
 * them (batch normalisation folded into the kernels) become the variables, with the calibration
 * taken back out of the last layer so that it can be fitted again after training, and with no
 * batch normalisation and no dropout. Fine-tuning this at a small learning rate keeps what the
 * model knew: the statistics batch normalisation would need are gone with the folding, and a
 * few hundred steps from a good start need no regularising.
 */
final class FoldedCnn extends Network {

    /** Only the last {@code trainableLayers} layers learn; the others stay as they are (constants). */
    FoldedCnn(List<Layer<float[]>> weights, List<Shape> kernelShapes, int trainableLayers) {
        List<Variable<TFloat32>> trainable = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            Layer<float[]> layer = weights.get(i);
            Operand<TFloat32> kernel = tf.constant(kernelShapes.get(i), DataBuffers.of(layer.kernel(), true, false));
            Operand<TFloat32> bias = tf.constant(Shape.of(layer.bias().length), DataBuffers.of(layer.bias(), true, false));
            if (i >= weights.size() - trainableLayers) {
                Variable<TFloat32> kernelVariable = tf.variable(kernel);
                Variable<TFloat32> biasVariable = tf.variable(bias);
                trainable.add(kernelVariable);
                trainable.add(biasVariable);
                kernel = kernelVariable;
                bias = biasVariable;
            }
            folded.add(new Layer<>(kernel, bias, layer.poolAfter()));
        }
        finish(Layer.logits(tf, images, folded), trainable, List.of());
    }

    /**
     * Reads the layers of the SavedModel in {@code directory}: the variables the export created,
     * a kernel and a bias per layer, in order (TensorFlow names them Variable, Variable_1, ...);
     * {@code calibration}, the one folded into it, is taken out of the last layer.
     */
    static FoldedCnn load(Path directory, OutputCalibration calibration, int trainableLayers) {
        Weights served = read(directory);
        List<Layer<float[]>> weights = new ArrayList<>(served.layers());
        weights.add(calibration.unfolded(weights.removeLast()));
        return new FoldedCnn(weights, served.kernelShapes(), trainableLayers);
    }

    /** A served model's layers, calibration still folded into the last, and the shapes of their kernels. */
    record Weights(List<Layer<float[]>> layers, List<Shape> kernelShapes) {
    }

    /** The layers of the SavedModel in {@code directory}, as {@link SavedModelExport} wrote them. */
    static Weights read(Path directory) {
        List<Layer<float[]>> weights = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        try (SavedModelBundle bundle = SavedModelBundle.loader(directory.toString()).withTags(ModelContract.TAG).load();
             Result variables = fetchVariables(bundle)) {
            for (int i = 0; i + 1 < variables.size(); i += 2) {
                TFloat32 kernel = (TFloat32) variables.get(i);
                shapes.add(kernel.shape());
                weights.add(new Layer<>(values(kernel), values((TFloat32) variables.get(i + 1)), Cnn.poolsAfter(i / 2)));
            }
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("No layers in the SavedModel at " + directory.toAbsolutePath());
        }
        return new Weights(weights, shapes);
    }

    private static Result fetchVariables(SavedModelBundle bundle) {
        Session.Runner runner = bundle.session().runner();
        for (int i = 0; bundle.graph().operation(variableName(i)) != null; i++) {
            runner.fetch(variableName(i));
        }
        return runner.run();
    }

    private static String variableName(int index) {
        return index == 0 ? "Variable" : "Variable_" + index;
    }
}
