package com.digitrecognizer.training;

import com.digitrecognizer.recognition.LineContract;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.CtcLoss;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The line reader under training: the digit network slid along a line of writing, and a small
 * head over the positions it passes that learns to spell the digits out (CTC, connectionist
 * temporal classification: one class per position, the ten digits and a blank between them).
 * A new reader keeps the digit network's convolutions as they were trained (they already know
 * strokes, and a step costs a third); its dense layer, which becomes a 4x4 convolution over their
 * output, learns on, and so does the head. Resumed, to polish it, every layer learns.
 */
final class LineNetwork implements AutoCloseable {

    /** One convolution: its kernel [height, width, in, out], bias, and what follows it. */
    private record Conv(Operand<TFloat32> kernel, Operand<TFloat32> bias, boolean pool, boolean same, boolean relu) {
    }

    private static final int HEAD_CHANNELS = 128;
    private static final int HEAD_CONTEXT = 5;

    private final Graph graph = new Graph();
    private final Ops tf = Ops.create(graph);
    private final Placeholder<TFloat32> lines = tf.placeholder(TFloat32.class);
    private final Placeholder<TInt64> labelIndices = tf.placeholder(TInt64.class);
    private final Placeholder<TInt32> labelValues = tf.placeholder(TInt32.class);
    private final Placeholder<TInt32> sequenceLengths = tf.placeholder(TInt32.class);
    private final Adam adam = new Adam(tf);
    private final List<Conv> layers = new ArrayList<>();
    private final List<Variable<TFloat32>> trainable = new ArrayList<>();
    private final Random random;
    private final Operand<TFloat32> loss;
    private final Operand<TFloat32> probabilities;
    private final Op trainStep;
    private final Session session;

    /**
     * Starts from the served digit network's {@code digits} weights: its convolutions (kept as they
     * are), then its dense layer as one more convolution, then a new head.
     */
    LineNetwork(FoldedCnn.Weights digits, long seed) {
        this(digits, null, seed);
    }

    /**
     * Starts from a trained line reader's {@code line} weights (the layers of the digit network it
     * began from, which may be wider than {@code digits}), every layer learning, its convolutions
     * too: to polish a reader at a lower rate.
     */
    LineNetwork(FoldedCnn.Weights digits, FoldedCnn.Weights line, long seed) {
        random = new Random(seed);
        boolean resumed = line != null;
        // a line reader keeps its own copy of the layers it began from, as wide as that network was
        FoldedCnn.Weights source = resumed ? line : digits;
        List<Layer<float[]>> served = digits.layers();
        for (int i = 0; i < served.size() - 2; i++) {
            Layer<float[]> layer = source.layers().get(i);
            layers.add(new Conv(start(source.kernelShapes().get(i), layer.kernel(), resumed),
                    start(Shape.of(layer.bias().length), layer.bias(), resumed),
                    served.get(i).poolAfter(), false, true)); // the served network knows where it pools
        }
        int denseIndex = served.size() - 2;
        Layer<float[]> dense = source.layers().get(denseIndex);
        long[] denseShape = source.kernelShapes().get(denseIndex).asArray();
        long denseUnits = denseShape[denseShape.length - 1];
        // the digit network's dense layer, slid along the line as one more convolution (a resumed reader's is one)
        Shape denseAsConvolution = resumed ? Shape.of(denseShape) : asConvolution(denseShape, lastChannels(digits));
        layers.add(new Conv(start(denseAsConvolution, dense.kernel(), true),
                start(Shape.of(dense.bias().length), dense.bias(), true), false, false, true));
        head(line, denseIndex + 1, HEAD_CONTEXT, denseUnits, HEAD_CHANNELS, true);
        head(line, denseIndex + 2, HEAD_CONTEXT, HEAD_CHANNELS, HEAD_CHANNELS, true);
        head(line, denseIndex + 3, 1, HEAD_CHANNELS, LineContract.CLASSES, false);

        Operand<TFloat32> logits = logits(tf, lines, layers);
        probabilities = tf.nn.softmax(logits);
        Operand<TFloat32> timeMajor = tf.linalg.transpose(logits, tf.constant(new int[] {1, 0, 2}));
        CtcLoss<TFloat32> ctc = tf.nn.ctcLoss(timeMajor, labelIndices, labelValues, sequenceLengths,
                CtcLoss.ignoreLongerOutputsThanInputs(true));
        Operand<TFloat32> batchSize = tf.dtypes.cast(tf.size(ctc.loss()), TFloat32.class);
        loss = tf.math.div(tf.sum(ctc.loss(), tf.constant(0)), batchSize);
        // CTC gives its own gradient with respect to the logits; backpropagation goes on from there
        Operand<TFloat32> meanGradient = tf.math.div(ctc.gradient(), batchSize);
        Gradients gradients = tf.gradients(List.of(timeMajor), trainable, Gradients.dx(List.of(meanGradient)));
        List<Operand<TFloat32>> perVariable = new ArrayList<>();
        for (int i = 0; i < trainable.size(); i++) {
            perVariable.add(gradients.dy(i));
        }
        List<Op> updates = adam.updates(trainable, perVariable);
        trainStep = tf.withControlDependencies(updates).noOp();
        session = new Session(graph);
        session.initialize();
    }

    /** A layer of the head: new (He-initialised), or layer {@code index} of the {@code line} reader resumed. */
    private void head(FoldedCnn.Weights line, int index, long context, long in, long out, boolean relu) {
        Shape shape = Shape.of(1, context, in, out);
        float[] kernel = line == null ? heInitial(shape) : line.layers().get(index).kernel();
        float[] bias = line == null ? new float[(int) out] : line.layers().get(index).bias();
        layers.add(new Conv(start(shape, kernel, true), start(Shape.of(out), bias, true), false, true, relu));
    }

    /** The logits [lines, positions, classes] of {@code lines} [-1, 28, width, 1] through {@code layers}. */
    private static Operand<TFloat32> logits(Ops tf, Operand<TFloat32> lines, List<Conv> layers) {
        Operand<TFloat32> x = lines;
        for (Conv layer : layers) {
            x = tf.nn.biasAdd(tf.nn.conv2d(x, layer.kernel(), List.of(1L, 1L, 1L, 1L), layer.same() ? "SAME" : "VALID"),
                    layer.bias());
            x = layer.relu() ? tf.nn.relu(x) : x;
            x = layer.pool() ? Layer.maxPool(tf, x) : x;
        }
        return tf.squeeze(x, Squeeze.axis(List.of(1L)));
    }

    /** A dense layer's kernel [side * side * channels, units] as a convolution's [side, side, channels, units]. */
    private static Shape asConvolution(long[] dense, long channels) {
        long side = Math.round(Math.sqrt(dense[0] / (double) channels));
        return Shape.of(side, side, channels, dense[1]);
    }

    private static long lastChannels(FoldedCnn.Weights weights) {
        long[] lastConv = weights.kernelShapes().get(weights.layers().size() - 3).asArray();
        return lastConv[3];
    }

    /** One Adam step on {@code count} lines and their digits; the batch's mean CTC loss. */
    float train(float[] batchLines, int width, int[][] digits, int count, float rate) {
        int positions = LineContract.positions(width);
        int labelCount = 0;
        for (int i = 0; i < count; i++) {
            labelCount += digits[i].length;
        }
        long[] indices = new long[labelCount * 2];
        int[] values = new int[labelCount];
        int[] lengths = new int[count];
        for (int i = 0, k = 0; i < count; i++) {
            lengths[i] = positions;
            for (int j = 0; j < digits[i].length; j++, k++) {
                indices[2 * k] = i;
                indices[2 * k + 1] = j;
                values[k] = digits[i][j];
            }
        }
        try (TFloat32 x = LineContract.inputTensor(batchLines, count, width);
             TInt64 li = TInt64.tensorOf(Shape.of(labelCount, 2), DataBuffers.of(indices, true, false));
             TInt32 lv = TInt32.tensorOf(Shape.of(labelCount), DataBuffers.of(values, true, false));
             TInt32 sl = TInt32.tensorOf(Shape.of(count), DataBuffers.of(lengths, true, false));
             Adam.Step step = adam.next(rate);
             Result result = step.feed(session.runner().feed(lines, x).feed(labelIndices, li).feed(labelValues, lv)
                     .feed(sequenceLengths, sl)).addTarget(trainStep).fetch(loss).run()) {
            return ((TFloat32) result.get(0)).getFloat();
        }
    }

    /** The class probabilities at every position, [count][positions * CLASSES]. */
    float[] probabilities(float[] batchLines, int width, int count) {
        try (TFloat32 x = LineContract.inputTensor(batchLines, count, width);
             Result result = session.runner().feed(lines, x).fetch(probabilities).run()) {
            return Network.values((TFloat32) result.get(0));
        }
    }

    /** Writes the inference graph as a SavedModel ({@link LineContract}) into {@code directory}. */
    void export(Path directory) throws IOException {
        Folders.delete(directory);
        Files.createDirectories(directory.getParent());
        List<float[]> kernels = new ArrayList<>();
        List<float[]> biases = new ArrayList<>();
        for (Conv layer : layers) {
            kernels.add(read(layer.kernel()));
            biases.add(read(layer.bias()));
        }
        try (Graph export = new Graph()) {
            Ops out = Ops.create(export);
            Placeholder<TFloat32> input = out.withName(LineContract.INPUT).placeholder(TFloat32.class,
                    Placeholder.shape(Shape.of(-1, LineContract.HEIGHT, -1, 1)));
            List<Conv> copied = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                Conv layer = layers.get(i);
                copied.add(new Conv(out.variable(out.constant(layer.kernel().shape(), DataBuffers.of(kernels.get(i), true, false))),
                        out.variable(out.constant(layer.bias().shape(), DataBuffers.of(biases.get(i), true, false))),
                        layer.pool(), layer.same(), layer.relu()));
            }
            Operand<TFloat32> output = out.withName(LineContract.OUTPUT).nn.softmax(logits(out, input, copied));
            try (Session exportSession = new Session(export)) {
                exportSession.initialize();
                Signature signature = Signature.builder().key(LineContract.SIGNATURE)
                        .methodName("tensorflow/serving/predict").input(LineContract.INPUT, input)
                        .output(LineContract.OUTPUT, output).build();
                SavedModelBundle.exporter(directory.toString()).withTags(LineContract.TAG).withSession(exportSession)
                        .withSignature(signature).export();
            }
        }
    }

    private float[] read(Operand<TFloat32> operand) {
        try (Result result = session.runner().fetch(operand).run()) {
            return Network.values((TFloat32) result.get(0));
        }
    }

    /** A layer's starting values: a variable when it learns, else a constant. */
    private Operand<TFloat32> start(Shape shape, float[] values, boolean learns) {
        Operand<TFloat32> initial = tf.constant(shape, DataBuffers.of(values, true, false));
        if (!learns) {
            return initial;
        }
        Variable<TFloat32> variable = tf.variable(initial);
        trainable.add(variable);
        return variable;
    }

    private float[] heInitial(Shape shape) {
        long[] dims = shape.asArray();
        double limit = Math.sqrt(6.0 / (dims[0] * dims[1] * dims[2]));
        float[] values = new float[(int) shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
        return values;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
