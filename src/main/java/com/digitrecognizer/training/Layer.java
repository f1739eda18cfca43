package com.digitrecognizer.training;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

import java.util.List;

/**
 * One layer of the network as inference sees it: a kernel (3x3 convolution or dense matrix)
 * and a bias, batch normalisation already folded into both. The same builder serves the
 * evaluation path of the training graph and the exported inference-only graph.
 */
record Layer<K>(K kernel, K bias, boolean poolAfter) {

    /** The logits of the classes for {@code images} [-1,28,28,1]: the last layer's output, before the softmax. */
    static Operand<TFloat32> logits(Ops tf, Operand<TFloat32> images, List<Layer<Operand<TFloat32>>> layers) {
        Operand<TFloat32> x = images;
        for (int i = 0; i < layers.size(); i++) {
            Layer<Operand<TFloat32>> layer = layers.get(i);
            Operand<TFloat32> z = tf.nn.biasAdd(linear(tf, x, layer.kernel()), layer.bias());
            if (i == layers.size() - 1) {
                return z;
            }
            x = tf.nn.relu(z);
            if (layer.poolAfter()) {
                x = maxPool(tf, x);
            }
        }
        throw new IllegalArgumentException("no layers");
    }

    /** A 3x3 'valid' convolution for a rank-4 kernel, else a matrix product (flattening the input first). */
    static Operand<TFloat32> linear(Ops tf, Operand<TFloat32> x, Operand<TFloat32> kernel) {
        if (kernel.shape().numDimensions() == 4) {
            return tf.nn.conv2d(x, kernel, List.of(1L, 1L, 1L, 1L), "VALID");
        }
        Operand<TFloat32> flat = x.shape().numDimensions() == 2 ? x
                : tf.reshape(x, tf.constant(new long[] {-1, kernel.shape().get(0)}));
        return tf.linalg.matMul(flat, kernel);
    }

    static Operand<TFloat32> maxPool(Ops tf, Operand<TFloat32> x) {
        return tf.nn.maxPool(x, tf.constant(new int[] {1, 2, 2, 1}), tf.constant(new int[] {1, 2, 2, 1}), "VALID");
    }
}
