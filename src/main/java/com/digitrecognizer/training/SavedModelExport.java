package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the inference-only graph as a SavedModel the app can load ({@link ModelContract}). No
 * optimizer slots, no batch statistics, no dropout: just the folded layers, the calibration
 * folded into the last one, and a softmax.
 */
final class SavedModelExport {

    private SavedModelExport() {
    }

    /**
     * Exports the network with its {@code calibration} folded into the last layer, so that
     * serving stays a plain softmax.
     */
    static void export(List<Layer<float[]>> weights, List<Shape> kernelShapes, OutputCalibration calibration,
                       Path directory) throws IOException {
        List<Layer<float[]>> calibrated = new ArrayList<>(weights);
        calibrated.add(calibration.folded(calibrated.removeLast()));
        clear(directory);
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> image = tf.withName(ModelContract.INPUT).placeholder(TFloat32.class,
                    Placeholder.shape(ModelContract.inputShape(-1)));
            List<Layer<Operand<TFloat32>>> layers = new ArrayList<>();
            for (int i = 0; i < calibrated.size(); i++) {
                Layer<float[]> layer = calibrated.get(i);
                layers.add(new Layer<>(
                        tf.variable(tf.constant(kernelShapes.get(i), DataBuffers.of(layer.kernel(), true, false))),
                        tf.variable(tf.constant(Shape.of(layer.bias().length), DataBuffers.of(layer.bias(), true, false))),
                        layer.poolAfter()));
            }
            Operand<TFloat32> probabilities = tf.withName(ModelContract.OUTPUT).nn.softmax(Layer.logits(tf, image, layers));
            try (Session session = new Session(graph)) {
                session.initialize();
                Signature signature = Signature.builder().key(ModelContract.SIGNATURE)
                        .methodName("tensorflow/serving/predict").input(ModelContract.INPUT, image)
                        .output(ModelContract.OUTPUT, probabilities).build();
                SavedModelBundle.exporter(directory.toString()).withTags(ModelContract.TAG).withSession(session)
                        .withSignature(signature).export();
            }
        }
    }

    /** Removes an earlier export's graph and variables, keeping anything else in the folder. */
    private static void clear(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve("saved_model.pb"));
        Folders.delete(directory.resolve("variables"));
        Files.createDirectories(directory);
    }
}
