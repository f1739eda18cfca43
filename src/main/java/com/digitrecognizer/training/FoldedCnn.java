package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;
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
 * them (batch normalisation folded into the kernels, the calibration into the last layer) become
 * the variables, with no batch normalisation and no dropout. Fine-tuning this at a small
 * learning rate keeps what the model knew: the statistics batch normalisation would need are
 * gone with the folding, and a few thousand steps from a good start need no regularising.
 */
final class FoldedCnn extends Network {

    FoldedCnn(List<Layer<float[]>> weights, List<Shape> kernelShapes) {
        List<Variable<TFloat32>> trainable = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            Layer<float[]> layer = weights.get(i);
            var kernel = tf.variable(tf.constant(kernelShapes.get(i), DataBuffers.of(layer.kernel(), true, false)));
            var bias = tf.variable(tf.constant(Shape.of(layer.bias().length), DataBuffers.of(layer.bias(), true, false)));
            trainable.add(kernel);
            trainable.add(bias);
            folded.add(new Layer<>(kernel, bias, layer.poolAfter()));
        }
        finish(Layer.logits(tf, images, folded), trainable, List.of());
    }

    /**
     * Reads the layers of the SavedModel in {@code directory}: the variables the export created,
     * a kernel and a bias per layer, in order (TensorFlow names them Variable, Variable_1, ...).
     */
    static FoldedCnn load(Path directory) {
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
        return new FoldedCnn(weights, shapes);
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
