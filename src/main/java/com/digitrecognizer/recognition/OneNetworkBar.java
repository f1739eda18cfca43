package com.digitrecognizer.recognition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * A warning for a version with one digit network served under the bar one network needs. The
 * default {@code recognition.min-confidence} is the bar at which two networks averaged refuse
 * 95 % of non-digits (issue #13); one network alone needs {@value #ONE_NETWORK} for that
 * (bench/RESULTS.md, rounds 35 and 36). An upgraded installation keeps serving its live version,
 * which may be one with one network (README, "Upgrading"): said at start-up and at every swap.
 */
final class OneNetworkBar {

    /** The lowest bar at which the shipped recipe's network alone refuses ≥ 95 % of non-digits. */
    static final float ONE_NETWORK = 0.87f;

    private static final Logger log = LoggerFactory.getLogger(OneNetworkBar.class);

    private OneNetworkBar() {
    }

    static void check(DigitClassifier classifier, float minConfidence) {
        warning(classifier, minConfidence).ifPresent(log::warn);
    }

    /** What to tell the operator when {@code classifier} serves at {@code minConfidence}; empty when all is well. */
    static Optional<String> warning(DigitClassifier classifier, float minConfidence) {
        if (classifier.hasSecondNetwork() || minConfidence >= ONE_NETWORK) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "Model %s has no second digit network: at"
                        + " recognition.min-confidence %.2f it accepts more non-digits than it should; promote a version"
                        + " with one (README, \"Upgrading\") or set recognition.min-confidence=%.2f",
                classifier.card().version(), minConfidence, ONE_NETWORK));
    }
}
