package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
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
 * layer over the ten digits and "not a digit". Evaluation uses moving statistics folded into
 * the weights, exactly as the exported graph does.
 */
final class Cnn extends Network {

    /**
     * How many channels the first two and the last two convolutions have, and how many units the
     * dense layer: {@link #DEFAULT} (the shipped second network's), or narrower, which costs less an
     * image (the shipped first network's 24, 48, 192: bench/RESULTS.md, round 64).
     */
    record Widths(int first, int second, int dense) {

        static final Widths DEFAULT = new Widths(32, 64, 256);

        /** "32,64,256". */
        static Widths of(String text) {
            String[] parts = text.split(",");
            if (parts.length != 3) {
                throw new IllegalArgumentException("--widths takes three numbers, as 32,64,256: " + text);
            }
            return new Widths(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()));
        }

        String architecture() {
            return ("input 28x28x1 | conv3x3 %d BN ReLU | conv3x3 %d BN ReLU | maxpool 2 | conv3x3 %d BN ReLU"
                    + " | conv3x3 %d BN ReLU | maxpool 2 | dense %d BN ReLU | dropout 0.4 | dense %d softmax"
                    + " (0-9 the digits, %d not a digit)").formatted(first, first, second, second, dense,
                    ModelContract.CLASSES, ModelContract.NOT_A_DIGIT);
        }

        private long[][] hiddenKernels() {
            return new long[][] {{3, 3, 1, first}, {3, 3, first, first}, {3, 3, first, second},
                    {3, 3, second, second}, {4 * 4 * second, dense}};
        }
    }

    private static final float KEEP_PROBABILITY = 0.6f;
    private static final float BN_EPSILON = 1e-3f;
    private static final float BN_MOMENTUM = 0.99f;

    private final Random random;
    private final long seed;
    private final List<Variable<TFloat32>> trainable = new ArrayList<>();

    /** Whether max pooling follows layer {@code layer} (0-based): after every second convolution. */
    static boolean poolsAfter(int layer) {
        return layer == 1 || layer == 3;
    }

    Cnn(long seed, Widths widths) {
        this.seed = seed;
        this.random = new Random(seed);
        List<Op> statisticsUpdates = new ArrayList<>();
        Operand<TFloat32> x = images;
        long[][] hiddenKernels = widths.hiddenKernels();
        for (int i = 0; i < hiddenKernels.length; i++) {
            boolean poolAfter = poolsAfter(i);
            x = normalizedLayer(x, hiddenKernels[i], poolAfter, statisticsUpdates);
            if (poolAfter) {
                x = Layer.maxPool(tf, x);
            }
        }
        x = dropout(x);
        Variable<TFloat32> outKernel = weight(new long[] {widths.dense(), ModelContract.CLASSES});
        Variable<TFloat32> outBias = constantVariable(Shape.of(ModelContract.CLASSES), 0f);
        trainable.add(outBias);
        Operand<TFloat32> trainingLogits = tf.nn.biasAdd(Layer.linear(tf, x, outKernel), outBias);
        folded.add(new Layer<>(outKernel, outBias, false));

        finish(trainingLogits, trainable, statisticsUpdates);
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
}
