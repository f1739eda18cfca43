package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

import java.util.ArrayList;
import java.util.List;

/**
 * A network the {@link Trainer} trains: its graph, an Adam step over its trainable variables with
 * the learning rate fed at every step (the trainer owns the schedule), and the inference path
 * through its layers as the export folds them. {@link Cnn} trains from scratch with batch
 * normalisation; {@link FoldedCnn} fine-tunes a served model's folded layers.
 */
abstract sealed class Network implements AutoCloseable permits Cnn, FoldedCnn {

    /** One training step's loss and how many of the batch the network answered right before it. */
    record Step(float loss, int correct) {
    }

    final Graph graph = new Graph();
    final Ops tf = Ops.create(graph);
    final Placeholder<TFloat32> images = tf.placeholder(TFloat32.class);
    /** The layers as inference sees them, in order; the subclass adds them while it builds its graph. */
    final List<Layer<Operand<TFloat32>>> folded = new ArrayList<>();
    private final Placeholder<TInt32> labels = tf.placeholder(TInt32.class);
    private final Adam adam = new Adam(tf);
    private Operand<TFloat32> loss;
    private Operand<TInt32> correct;
    private Operand<TFloat32> logits;
    private Operand<TFloat32> probabilities;
    private Op trainStep;
    private Session session;

    /**
     * Completes the graph once the subclass has built its layers: the loss of
     * {@code trainingLogits}, Adam's updates of {@code trainable} (with {@code moreUpdates}, run
     * at every step), and the inference path; then starts the session.
     */
    final void finish(Operand<TFloat32> trainingLogits, List<Variable<TFloat32>> trainable, List<Op> moreUpdates) {
        Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(ModelContract.CLASSES), tf.constant(1f), tf.constant(0f));
        loss = tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(trainingLogits, oneHot).loss(), tf.constant(0));
        Operand<TInt32> answers = tf.math.argMax(trainingLogits, tf.constant(1), TInt32.class);
        correct = tf.sum(tf.dtypes.cast(tf.math.equal(answers, labels), TInt32.class), tf.constant(0));
        logits = Layer.logits(tf, images, folded);
        probabilities = tf.nn.softmax(logits);

        List<Operand<TFloat32>> gradients = new ArrayList<>();
        Gradients all = tf.gradients(loss, trainable);
        for (int i = 0; i < trainable.size(); i++) {
            gradients.add(all.dy(i));
        }
        List<Op> updates = new ArrayList<>(moreUpdates);
        updates.addAll(adam.updates(trainable, gradients));
        trainStep = tf.withControlDependencies(updates).noOp();
        session = new Session(graph);
        session.initialize();
    }

    /** One Adam step on a batch. */
    final Step train(float[] batchImages, int[] batchLabels, int count, float rate) {
        try (TFloat32 x = ModelContract.inputTensor(batchImages, count);
             TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false).narrow(count));
             Adam.Step step = adam.next(rate);
             Result result = step.feed(session.runner().feed(images, x).feed(labels, y))
                     .addTarget(trainStep).fetch(loss).fetch(correct).run()) {
            return new Step(((TFloat32) result.get(0)).getFloat(), ((TInt32) result.get(1)).getInt());
        }
    }

    /** Class probabilities, {@code count} x 11, through the folded layers (as an export with temperature 1). */
    final float[] predict(float[] batchImages, int count) {
        return infer(probabilities, batchImages, count);
    }

    /** The logits behind {@link #predict}, before the softmax: what calibration works on. */
    final float[] logits(float[] batchImages, int count) {
        return infer(logits, batchImages, count);
    }

    private float[] infer(Operand<TFloat32> output, float[] batchImages, int count) {
        try (TFloat32 x = ModelContract.inputTensor(batchImages, count);
             Result result = session.runner().feed(images, x).fetch(output).run()) {
            return ModelContract.outputValues((TFloat32) result.get(0), count);
        }
    }

    /** The folded layers, read from the current weights. */
    final List<Layer<float[]>> foldedWeights() {
        List<Layer<float[]>> weights = new ArrayList<>();
        for (Layer<Operand<TFloat32>> layer : folded) {
            weights.add(new Layer<>(read(layer.kernel()), read(layer.bias()), layer.poolAfter()));
        }
        return weights;
    }

    /** The shapes of {@link #foldedWeights()}' kernels. */
    final List<Shape> kernelShapes() {
        return folded.stream().map(layer -> layer.kernel().shape()).toList();
    }

    final long parameterCount() {
        return foldedWeights().stream().mapToLong(l -> l.kernel().length + l.bias().length).sum();
    }

    private float[] read(Operand<TFloat32> operand) {
        try (Result result = session.runner().fetch(operand).run()) {
            return values((TFloat32) result.get(0));
        }
    }

    static float[] values(TFloat32 tensor) {
        float[] values = new float[(int) tensor.shape().size()];
        tensor.copyTo(DataBuffers.of(values, false, false));
        return values;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        graph.close();
    }
}
