package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Random;

/**
 * Trains a {@link Cnn} on augmented MNIST with a learning rate that decays exponentially from
 * {@code initialRate} to {@code finalRate}, and reports progress and test accuracy per epoch.
 */
final class Trainer {

    private static final int PROGRESS_EVERY = 50;

    record Settings(int epochs, int batchSize, double initialRate, double finalRate, long seed) {
    }

    record Outcome(Evaluation evaluation, double seconds, double imagesPerSecond) {
    }

    private final Settings settings;
    private final PrintStream out;

    Trainer(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    Outcome train(Cnn cnn, MnistData train, MnistData test) {
        float[][] images = toFloats(train);
        Augmenter augmenter = new Augmenter(settings.seed());
        Random shuffler = new Random(settings.seed() + 1);
        int batch = settings.batchSize();
        int stepsPerEpoch = (train.size() + batch - 1) / batch;
        long totalSteps = (long) stepsPerEpoch * settings.epochs();
        float[] batchImages = new float[batch * ModelContract.PIXELS];
        int[] batchLabels = new int[batch];
        int[] order = identity(train.size());
        long start = System.nanoTime();
        long trainingNanos = 0;
        long imagesSeen = 0;
        Evaluation evaluation = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, shuffler);
            double lossSum = 0;
            int lossCount = 0;
            long epochStart = System.nanoTime();
            for (int step = 0; step < stepsPerEpoch; step++) {
                int from = step * batch;
                int count = Math.min(batch, train.size() - from);
                for (int i = 0; i < count; i++) {
                    int index = order[from + i];
                    augmenter.augment(images[index], batchImages, i * ModelContract.PIXELS);
                    batchLabels[i] = train.labels()[index];
                }
                long globalStep = (long) (epoch - 1) * stepsPerEpoch + step;
                lossSum += cnn.train(batchImages, batchLabels, count, rate(globalStep, totalSteps));
                lossCount++;
                imagesSeen += count;
                if ((step + 1) % PROGRESS_EVERY == 0 || step + 1 == stepsPerEpoch) {
                    double elapsed = (trainingNanos + System.nanoTime() - epochStart) / 1e9;
                    double perSecond = imagesSeen / elapsed;
                    long remaining = (totalSteps - globalStep - 1) * batch;
                    out.printf("epoch %d/%d  step %d/%d  loss %.4f  lr %.2e  %.0f images/s  ETA %s%n",
                            epoch, settings.epochs(), step + 1, stepsPerEpoch, lossSum / lossCount,
                            rate(globalStep, totalSteps), perSecond, format(Duration.ofSeconds((long) (remaining / perSecond))));
                    lossSum = 0;
                    lossCount = 0;
                }
            }
            trainingNanos += System.nanoTime() - epochStart;
            evaluation = Evaluation.measure(test, cnn::predict);
            out.printf("epoch %d/%d  test accuracy %.2f %%  (%s so far)%n", epoch, settings.epochs(),
                    evaluation.accuracy() * 100, format(Duration.ofNanos(System.nanoTime() - start)));
        }
        return new Outcome(evaluation, (System.nanoTime() - start) / 1e9, imagesSeen / (trainingNanos / 1e9));
    }

    private float rate(long step, long totalSteps) {
        double progress = (double) step / Math.max(1, totalSteps - 1);
        return (float) (settings.initialRate() * Math.pow(settings.finalRate() / settings.initialRate(), progress));
    }

    /** Pixels scaled to [0,1], one array per image. */
    static float[][] toFloats(MnistData data) {
        float[][] images = new float[data.size()][data.imageSize()];
        for (int i = 0; i < data.size(); i++) {
            for (int p = 0; p < data.imageSize(); p++) {
                images[i][p] = (data.pixels()[i * data.imageSize() + p] & 0xff) / 255f;
            }
        }
        return images;
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    static String format(Duration duration) {
        return String.format("%dm%02ds", duration.toMinutes(), duration.toSecondsPart());
    }
}
