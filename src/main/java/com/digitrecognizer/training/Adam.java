package com.digitrecognizer.training;

import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam, the way every network here learns: an update of each trainable variable by its
 * gradient, with the learning rate and the bias corrections fed at every step (the trainer owns
 * the schedule).
 */
final class Adam {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-7f;

    private final Ops tf;
    private final Placeholder<TFloat32> learningRate;
    private final Placeholder<TFloat32> beta1Power;
    private final Placeholder<TFloat32> beta2Power;
    private long steps;

    Adam(Ops tf) {
        this.tf = tf;
        this.learningRate = tf.placeholder(TFloat32.class);
        this.beta1Power = tf.placeholder(TFloat32.class);
        this.beta2Power = tf.placeholder(TFloat32.class);
    }

    /** The updates of {@code variables} by their {@code gradients}, in the same order. */
    List<Op> updates(List<Variable<TFloat32>> variables, List<Operand<TFloat32>> gradients) {
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            Variable<TFloat32> variable = variables.get(i);
            updates.add(tf.train.applyAdam(variable, tf.variable(tf.zerosLike(variable)), tf.variable(tf.zerosLike(variable)),
                    beta1Power, beta2Power, learningRate, tf.constant(BETA1), tf.constant(BETA2), tf.constant(EPSILON),
                    gradients.get(i)));
        }
        return updates;
    }

    /** The next step's inputs at learning rate {@code rate}; close them once the step has run. */
    Step next(float rate) {
        steps++;
        return new Step(TFloat32.scalarOf(rate), TFloat32.scalarOf((float) Math.pow(BETA1, steps)),
                TFloat32.scalarOf((float) Math.pow(BETA2, steps)));
    }

    /** One step's learning rate and bias corrections. */
    final class Step implements AutoCloseable {

        private final TFloat32 rate;
        private final TFloat32 beta1;
        private final TFloat32 beta2;

        private Step(TFloat32 rate, TFloat32 beta1, TFloat32 beta2) {
            this.rate = rate;
            this.beta1 = beta1;
            this.beta2 = beta2;
        }

        Session.Runner feed(Session.Runner runner) {
            return runner.feed(learningRate, rate).feed(beta1Power, beta1).feed(beta2Power, beta2);
        }

        @Override
        public void close() {
            rate.close();
            beta1.close();
            beta2.close();
        }
    }
}
