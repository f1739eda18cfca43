package com.digitrecognizer.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings under {@code recognition.*} (documented in application.properties and the README).
 *
 * @param modelPath      folder of the TensorFlow SavedModel and its model.json
 * @param intraOpThreads TensorFlow threads inside one inference (1 is fastest for single images)
 * @param maxImagePixels largest width x height accepted, checked from the image header
 * @param maxInFlight    recognitions running or waiting at once; more are refused as busy
 * @param maxWait        how long a recognition may wait for a free slot before it is refused
 * @param maxPixelsInFlight pixels of uploaded images decoded and being read at once (about 16 bytes of heap
 *                       each while decoded); an upload waits {@code maxWait} for its share, else it is refused as busy
 * @param minConfidence  least probability of the likeliest digit for it to be the answer; below it the
 *                       verdict is {@link Verdict#UNSURE} (chosen from bench/RESULTS.md's risk-coverage table)
 * @param oneNetworkMinConfidence the same for a model version with one digit network, no second opinion: it
 *                       needs a higher bar for the same refusals of non-digits (bench/RESULTS.md, rounds 35, 36)
 * @param maxDigits      most digits read in one drawing; more are refused
 * @param batching       whether and how single recognitions arriving together share one inference
 */
@ConfigurationProperties("recognition")
record RecognitionProperties(
        @DefaultValue("saved_model") Path modelPath,
        @DefaultValue("1") int intraOpThreads,
        @DefaultValue("16777216") long maxImagePixels,
        @DefaultValue("64") int maxInFlight,
        @DefaultValue("100ms") Duration maxWait,
        @DefaultValue("4194304") int maxPixelsInFlight,
        @DefaultValue("0.8") float minConfidence,
        @DefaultValue("0.87") float oneNetworkMinConfidence,
        @DefaultValue("20") int maxDigits,
        @DefaultValue Batching batching) {

    RecognitionProperties {
        requireProbability("recognition.min-confidence", minConfidence);
        requireProbability("recognition.one-network-min-confidence", oneNetworkMinConfidence);
    }

    private static void requireProbability(String setting, float value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(setting + " is a probability, from 0 to 1: " + value);
        }
    }

    /** The bar {@code classifier}'s version is served at. */
    float minConfidenceOf(DigitClassifier classifier) {
        return minConfidenceWith(classifier.hasSecondNetwork());
    }

    /** The bar of a version with a second digit network or without: one network alone has its own. */
    float minConfidenceWith(boolean secondNetwork) {
        return secondNetwork ? minConfidence : oneNetworkMinConfidence;
    }

    /**
     * @param enabled  classify concurrent single images together ({@link MicroBatcher})
     * @param maxBatch most images in one inference
     * @param maxDelay how long the first image of a batch may wait for more
     */
    record Batching(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("32") int maxBatch,
            @DefaultValue("0ms") Duration maxDelay) {
    }
}
