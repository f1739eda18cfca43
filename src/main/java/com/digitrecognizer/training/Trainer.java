package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Trains a {@link Network} on augmented MNIST digits, any further examples (a fine-tune's
 * corrections) and, as "not a digit", fresh {@link NonDigits} every epoch, with a learning rate
 * that decays exponentially from {@code initialRate} to {@code finalRate}; reports progress to a
 * listener and the test accuracy after each epoch; stops at the first step after it is cancelled.
 */
final class Trainer {

    private static final int PROGRESS_EVERY = 50;

    /**
     * {@code digitsPerNegative}: one non-digit drawing per so many digits in every epoch, so that
     * "not a digit" gets more examples than any one digit (it spans many kinds of drawing) while
     * most of the work stays on the digits.
     */
    record Settings(int epochs, int batchSize, double initialRate, double finalRate, long seed, int digitsPerNegative) {
    }

    /**
     * {@code negativesPerEpoch}: the non-digits generated for each epoch; {@code negativesByKind}:
     * those trained on over all epochs, by kind; {@code furtherNegativesPerEpoch}: the further
     * examples (a fine-tune's corrections) of the class "not a digit".
     */
    record Outcome(Evaluation evaluation, double seconds, double imagesPerSecond, int imagesPerEpoch,
                   int negativesPerEpoch, Map<NonDigits.Kind, Long> negativesByKind, int furtherNegativesPerEpoch) {

        /** The share of "not a digit" among the images of an epoch, whatever made them. */
        double notADigitShare() {
            return (double) (negativesPerEpoch + furtherNegativesPerEpoch) / imagesPerEpoch;
        }
    }

    private final Settings settings;
    private final PrintStream out;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;

    Trainer(Settings settings, PrintStream out, TrainingListener listener, BooleanSupplier cancelled) {
        this.settings = settings;
        this.out = out;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** A trainer that prints its progress to {@code out} and runs to the end. */
    Trainer(Settings settings, PrintStream out) {
        this(settings, out, out::println, () -> false);
    }

    /**
     * Trains on {@code digits} and on non-digits made from them (never from test digits); tests on
     * {@code test} after each epoch.
     */
    Outcome train(Network network, MnistData digits, MnistData test) {
        return train(network, digits, Examples.NONE, test);
    }

    /**
     * Trains on {@code digits}, {@code extra} and non-digits made from the digits; tests on
     * {@code test} after each epoch.
     *
     * @throws CancellationException when cancelled
     */
    Outcome train(Network network, MnistData digits, Examples extra, MnistData test) {
        Examples digitExamples = Examples.digits(digits).plus(extra);
        int negativesPerEpoch = digits.size() / settings.digitsPerNegative();
        int size = digitExamples.size() + negativesPerEpoch;
        Augmenter augmenter = new Augmenter(settings.seed());
        Random shuffler = new Random(settings.seed() + 1);
        int batch = settings.batchSize();
        int stepsPerEpoch = (size + batch - 1) / batch;
        long totalSteps = (long) stepsPerEpoch * settings.epochs();
        float[] image = new float[ModelContract.PIXELS];
        float[] batchImages = new float[batch * ModelContract.PIXELS];
        int[] batchLabels = new int[batch];
        int[] order = Orders.identity(size);
        Map<NonDigits.Kind, Long> negativesByKind = new EnumMap<>(NonDigits.Kind.class);
        long start = System.nanoTime();
        long trainingNanos = 0;
        long imagesSeen = 0;
        Evaluation evaluation = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long epochStart = System.nanoTime();
            // fresh every epoch, so that the network learns the kinds rather than the samples
            NonDigits.Samples samples = new NonDigits(settings.seed() + epoch, digits).generate(negativesPerEpoch);
            for (NonDigits.Kind kind : samples.kinds()) {
                negativesByKind.merge(kind, 1L, Long::sum);
            }
            Examples negatives = Examples.notDigits(samples);
            Orders.shuffle(order, shuffler);
            double lossSum = 0;
            int lossCount = 0;
            int correct = 0;
            int answered = 0;
            for (int step = 0; step < stepsPerEpoch; step++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("training cancelled at epoch " + epoch + ", step " + step);
                }
                int from = step * batch;
                int count = Math.min(batch, size - from);
                for (int i = 0; i < count; i++) {
                    int index = order[from + i];
                    boolean digit = index < digitExamples.size();
                    Examples source = digit ? digitExamples : negatives;
                    int at = digit ? index : index - digitExamples.size();
                    source.copyImage(at, image, 0);
                    // non-digits shifted and turned like the digits: else "centred" would mean "not a digit"
                    augmenter.augment(image, batchImages, i * ModelContract.PIXELS);
                    batchLabels[i] = source.labels()[at];
                }
                long globalStep = (long) (epoch - 1) * stepsPerEpoch + step;
                Network.Step result = network.train(batchImages, batchLabels, count, rate(globalStep, totalSteps));
                lossSum += result.loss();
                lossCount++;
                correct += result.correct();
                answered += count;
                imagesSeen += count;
                if ((step + 1) % PROGRESS_EVERY == 0 || step + 1 == stepsPerEpoch) {
                    double elapsed = (trainingNanos + System.nanoTime() - epochStart) / 1e9;
                    double perSecond = imagesSeen / elapsed;
                    long remaining = (totalSteps - globalStep - 1) * batch;
                    listener.progress(new TrainingProgress(epoch, settings.epochs(), step + 1, stepsPerEpoch,
                            lossSum / lossCount, (double) correct / answered, perSecond,
                            Duration.ofSeconds((long) (remaining / perSecond))));
                    lossSum = 0;
                    lossCount = 0;
                    correct = 0;
                    answered = 0;
                }
            }
            trainingNanos += System.nanoTime() - epochStart;
            evaluation = Evaluation.measure(test, network::predict);
            out.printf("epoch %d/%d  test accuracy %.2f %%, answered \"not a digit\" %.2f %%  (%s so far)%n", epoch,
                    settings.epochs(), evaluation.accuracy() * 100, evaluation.rejected() * 100,
                    format(Duration.ofNanos(System.nanoTime() - start)));
        }
        int furtherNegatives = (int) Arrays.stream(extra.labels()).filter(l -> l == ModelContract.NOT_A_DIGIT).count();
        return new Outcome(evaluation, (System.nanoTime() - start) / 1e9, imagesSeen / (trainingNanos / 1e9), size,
                negativesPerEpoch, negativesByKind, furtherNegatives);
    }

    private float rate(long step, long totalSteps) {
        double progress = (double) step / Math.max(1, totalSteps - 1);
        return (float) (settings.initialRate() * Math.pow(settings.finalRate() / settings.initialRate(), progress));
    }

    static String format(Duration duration) {
        return String.format("%dm%02ds", duration.toMinutes(), duration.toSecondsPart());
    }
}
