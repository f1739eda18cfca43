package com.digitrecognizer.recognition;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.nio.file.Path;
import java.time.Duration;

/** Recognizers as the app configures them, for benchmarks outside this package. */
public final class BenchRecognizers {

    private BenchRecognizers() {
    }

    /** The app's defaults (application.properties), batching on or off. */
    public static Recognizer of(DigitClassifier classifier, boolean batching) {
        return new Recognizer(new LiveModel(classifier), new RecognitionProperties(Path.of("saved_model"), 1, 4096L * 4096, 64,
                Duration.ofMillis(100), 1 << 22, 0.8f, 0.87f, 20,
                new RecognitionProperties.Batching(batching, 32, Duration.ZERO)),
                new RecognitionMetrics(new SimpleMeterRegistry(), classifier.card()));
    }
}
