package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a fine-tuned model may replace the live one: its MNIST test accuracy at most
 * {@value #MNIST_TOLERANCE} below (0.05 points), its accuracy on the held-out corrections not
 * lower, its refusal of non-digits not lower. Both models are measured through
 * {@link DigitClassifier}, the serving loader, on the same sets, as they answer a page's digit: the
 * first digit network with the second's opinion where the first is unsure, so that a second network
 * tuned worse than its first cannot pass unseen.
 */
public final class Gate {

    public static final double MNIST_TOLERANCE = 0.0005;
    /** Non-digits none of the models trained on: made from the test digits, with a seed training never uses. */
    static final long NON_DIGIT_SEED = 7_000_003;
    static final int NON_DIGITS = 1000;

    private final Examples mnistTest;
    private final Examples corrections;
    private final Examples nonDigits;

    Gate(MnistData test, CorrectionSet heldOut) {
        this.mnistTest = Examples.digits(test);
        this.corrections = heldOut.examples();
        this.nonDigits = Examples.notDigits(new NonDigits(NON_DIGIT_SEED, test).generate(NON_DIGITS));
    }

    /** A gate on the MNIST test digits in {@code mnistFolder} (fetched there when missing) and {@code heldOut}. */
    public static Gate of(Path mnistFolder, CorrectionSet heldOut) throws IOException, InterruptedException {
        MnistFiles files = MnistFiles.at(mnistFolder);
        files.verify();
        return new Gate(files.test(), heldOut);
    }

    public GateFigures measure(DigitClassifier model) {
        return new GateFigures(FineTune.accuracy(model::classifyWithSecondOpinion, mnistTest),
                FineTune.accuracy(model::classifyWithSecondOpinion, corrections), corrections.size(),
                FineTune.accuracy(model::classifyWithSecondOpinion, nonDigits));
    }

    /** Why {@code candidate} may not replace {@code live}; empty when it may. */
    public static Optional<String> shortfall(GateFigures candidate, GateFigures live) {
        List<String> reasons = new ArrayList<>();
        if (candidate.mnistTestAccuracy() < live.mnistTestAccuracy() - MNIST_TOLERANCE) {
            reasons.add(String.format("MNIST test accuracy %.2f %% is more than 0.05 points below the live %.2f %%",
                    candidate.mnistTestAccuracy() * 100, live.mnistTestAccuracy() * 100));
        }
        if (candidate.correctionsAccuracy() < live.correctionsAccuracy()) {
            reasons.add(String.format("accuracy on the held-out corrections %.2f %% is below the live %.2f %%",
                    candidate.correctionsAccuracy() * 100, live.correctionsAccuracy() * 100));
        }
        if (candidate.nonDigitRefusal() < live.nonDigitRefusal()) {
            reasons.add(String.format("non-digits refused %.2f %% is below the live %.2f %%",
                    candidate.nonDigitRefusal() * 100, live.nonDigitRefusal() * 100));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }
}
