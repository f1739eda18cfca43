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
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The CNN under training: four 3x3 convolutions and a dense layer, each with batch
 * normalisation and ReLU, max pooling after every second convolution, dropout, and a softmax
 * layer over the ten digits and "not a digit". Adam updates the weights with a learning rate fed at every step, so the trainer
 * owns the schedule. Evaluation uses moving statistics folded into the weights, exactly as
 * the exported graph does.
 */
final class Cnn implements AutoCloseable {

    static final String ARCHITECTURE = "input 28x28x1 | conv3x3 32 BN ReLU | conv3x3 32 BN ReLU | maxpool 2"
            + " | conv3x3 64 BN ReLU | conv3x3 64 BN ReLU | maxpool 2 | dense 256 BN ReLU | dropout 0.4"
            + " | dense " + ModelContract.CLASSES + " softmax (0-9 the digits, " + ModelContract.NOT_A_DIGIT + " not a digit)";
    private static final long[][] HIDDEN_KERNELS = {{3, 3, 1, 32}, {3, 3, 32, 32}, {3, 3, 32, 64}, {3, 3, 64, 64},
            {4 * 4 * 64, 256}};
    private static final float KEEP_PROBABILITY = 0.6f;
    private static final float BN_EPSILON = 1e-3f;
    private static final float BN_MOMENTUM = 0.99f;
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float ADAM_EPSILON = 1e-7f;

    private final Graph graph = new Graph();
    private final Ops tf = Ops.create(graph);
    private final Session session;
    private final Random random;
    private final long seed;
    private final List<Variable<TFloat32>> trainable = new ArrayList<>();
    private final Placeholder<TFloat32> images = tf.placeholder(TFloat32.class);
    private final Placeholder<TInt32> labels = tf.placeholder(TInt32.class);
    private final Placeholder<TFloat32> learningRate = tf.placeholder(TFloat32.class);
    private final Placeholder<TFloat32> beta1Power = tf.placeholder(TFloat32.class);
    private final Placeholder<TFloat32> beta2Power = tf.placeholder(TFloat32.class);
    private final List<Layer<Operand<TFloat32>>> folded = new ArrayList<>();
    private final Operand<TFloat32> loss;
    private final Operand<TFloat32> logits;
    private final Operand<TFloat32> probabilities;
    private final Op trainStep;
    private long steps;

    Cnn(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        List<Op> statisticsUpdates = new ArrayList<>();
        Operand<TFloat32> x = images;
        for (int i = 0; i < HIDDEN_KERNELS.length; i++) {
            boolean poolAfter = i == 1 || i == 3;
            x = normalizedLayer(x, HIDDEN_KERNELS[i], poolAfter, statisticsUpdates);
            if (poolAfter) {
                x = Layer.maxPool(tf, x);
            }
        }
        x = dropout(x);
        Variable<TFloat32> outKernel = weight(new long[] {256, ModelContract.CLASSES});
        Variable<TFloat32> outBias = constantVariable(Shape.of(ModelContract.CLASSES), 0f);
        trainable.add(outBias);
        Operand<TFloat32> trainingLogits = tf.nn.biasAdd(Layer.linear(tf, x, outKernel), outBias);
        folded.add(new Layer<>(outKernel, outBias, false));

        Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(ModelContract.CLASSES), tf.constant(1f), tf.constant(0f));
        loss = tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(trainingLogits, oneHot).loss(), tf.constant(0));
        logits = Layer.logits(tf, images, folded);
        probabilities = tf.nn.softmax(logits);

        List<Op> updates = new ArrayList<>(statisticsUpdates);
        List<Operand<?>> gradients = new ArrayList<>();
        tf.gradients(loss, trainable).forEach(gradients::add);
        for (int i = 0; i < trainable.size(); i++) {
            Variable<TFloat32> variable = trainable.get(i);
            @SuppressWarnings("unchecked")
            Operand<TFloat32> gradient = (Operand<TFloat32>) gradients.get(i);
            updates.add(tf.train.applyAdam(variable, zeros(variable), zeros(variable), beta1Power, beta2Power,
                    learningRate, tf.constant(BETA1), tf.constant(BETA2), tf.constant(ADAM_EPSILON), gradient));
        }
        trainStep = tf.withControlDependencies(updates).noOp();
        session = new Session(graph);
        session.initialize();
    }

    /**
     * A convolution or dense layer without bias, batch-normalised with the batch's statistics
     * while it trains; its folded form (moving statistics) goes into {@link #folded}.
     */
    private Operand<TFloat32> normalizedLayer(Operand<TFloat32> x, long[] kernelShape, boolean poolAfter,
                                              List<Op> statisticsUpdates) {
        int channels = (int) kernelShape[kernelShape.length - 1];
        Variable<TFloat32> kernel = weight(kernelShape);
        Variable<TFloat32> gamma = constantVariable(Shape.of(channels), 1f);
        Variable<TFloat32> beta = constantVariable(Shape.of(channels), 0f);
        Variable<TFloat32> movingMean = constantVariable(Shape.of(channels), 0f);
        Variable<TFloat32> movingVariance = constantVariable(Shape.of(channels), 1f);

        Operand<TFloat32> z = Layer.linear(tf, x, kernel);
        Operand<TInt32> axes = tf.constant(kernelShape.length == 4 ? new int[] {0, 1, 2} : new int[] {0});
        Operand<TFloat32> mean = tf.math.mean(z, axes);
        Operand<TFloat32> variance = tf.math.mean(tf.math.squaredDifference(z, mean), axes);
        statisticsUpdates.add(tf.assign(movingMean, movingAverage(movingMean, mean)));
        statisticsUpdates.add(tf.assign(movingVariance, movingAverage(movingVariance, variance)));
        Operand<TFloat32> scale = tf.math.mul(gamma, tf.math.rsqrt(tf.math.add(variance, tf.constant(BN_EPSILON))));
        Operand<TFloat32> normalized = tf.math.add(tf.math.mul(tf.math.sub(z, mean), scale), beta);

        Operand<TFloat32> movingScale = tf.math.mul(gamma,
                tf.math.rsqrt(tf.math.add(movingVariance, tf.constant(BN_EPSILON))));
        folded.add(new Layer<>(tf.math.mul(kernel, movingScale),
                tf.math.sub(beta, tf.math.mul(movingMean, movingScale)), poolAfter));
        trainable.add(gamma);
        trainable.add(beta);
        return tf.nn.relu(normalized);
    }

    private Operand<TFloat32> movingAverage(Operand<TFloat32> average, Operand<TFloat32> value) {
        return tf.math.add(tf.math.mul(average, tf.constant(BN_MOMENTUM)),
                tf.math.mul(value, tf.constant(1 - BN_MOMENTUM)));
    }

    private Operand<TFloat32> dropout(Operand<TFloat32> x) {
        Operand<TFloat32> uniform = tf.random.randomUniform(tf.shape(x), TFloat32.class,
                RandomUniform.seed(seed), RandomUniform.seed2(seed + 1));
        Operand<TFloat32> mask = tf.math.floor(tf.math.add(uniform, tf.constant(KEEP_PROBABILITY)));
        return tf.math.div(tf.math.mul(x, mask), tf.constant(KEEP_PROBABILITY));
    }

    /** He-uniform initial weights drawn from the model's own seeded generator. */
    private Variable<TFloat32> weight(long[] shape) {
        Shape s = Shape.of(shape);
        long fanIn = s.size() / shape[shape.length - 1];
        double limit = Math.sqrt(6.0 / fanIn);
        float[] values = new float[(int) s.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
        Variable<TFloat32> variable = tf.variable(tf.constant(s, DataBuffers.of(values, true, false)));
        trainable.add(variable);
        return variable;
    }

    private Variable<TFloat32> constantVariable(Shape shape, float value) {
        return tf.variable(tf.fill(tf.constant(shape.asArray()), tf.constant(value)));
    }

    private Variable<TFloat32> zeros(Variable<TFloat32> like) {
        return tf.variable(tf.zerosLike(like));
    }

    /** One Adam step on a batch; returns the batch's loss. */
    float train(float[] batchImages, int[] batchLabels, int count, float rate) {
        steps++;
        try (TFloat32 x = ModelContract.inputTensor(batchImages, count);
             TInt32 y = TInt32.tensorOf(Shape.of(count), DataBuffers.of(batchLabels, true, false).narrow(count));
             TFloat32 lr = TFloat32.scalarOf(rate);
             TFloat32 b1 = TFloat32.scalarOf((float) Math.pow(BETA1, steps));
             TFloat32 b2 = TFloat32.scalarOf((float) Math.pow(BETA2, steps));
             Result result = session.runner().feed(images, x).feed(labels, y).feed(learningRate, lr)
                     .feed(beta1Power, b1).feed(beta2Power, b2).addTarget(trainStep).fetch(loss).run()) {
            return ((TFloat32) result.get(0)).getFloat();
        }
    }

    /** Class probabilities, {@code count} x 11, with the moving statistics (as an export with temperature 1). */
    float[] predict(float[] batchImages, int count) {
        return infer(probabilities, batchImages, count);
    }

    /** The logits behind {@link #predict}, before the softmax: what calibration works on. */
    float[] logits(float[] batchImages, int count) {
        return infer(logits, batchImages, count);
    }

    private float[] infer(Operand<TFloat32> output, float[] batchImages, int count) {
        try (TFloat32 x = ModelContract.inputTensor(batchImages, count);
             Result result = session.runner().feed(images, x).fetch(output).run()) {
            return ModelContract.outputValues((TFloat32) result.get(0), count);
        }
    }

    /** The layers with batch normalisation folded in, read from the current weights. */
    List<Layer<float[]>> foldedWeights() {
        List<Layer<float[]>> weights = new ArrayList<>();
        for (Layer<Operand<TFloat32>> layer : folded) {
            weights.add(new Layer<>(read(layer.kernel()), read(layer.bias()), layer.poolAfter()));
        }
        return weights;
    }

    /** The shapes of {@link #foldedWeights()}' kernels. */
    List<Shape> kernelShapes() {
        return folded.stream().map(layer -> layer.kernel().shape()).toList();
    }

    long parameterCount() {
        return foldedWeights().stream().mapToLong(l -> l.kernel().length + l.bias().length).sum();
    }

    private float[] read(Operand<TFloat32> operand) {
        try (Result result = session.runner().fetch(operand).run()) {
            TFloat32 tensor = (TFloat32) result.get(0);
            float[] values = new float[(int) tensor.shape().size()];
            tensor.copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
