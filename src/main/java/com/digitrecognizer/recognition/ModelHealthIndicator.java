package com.digitrecognizer.recognition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * UP only while the model answers: a known MNIST "7" goes through the whole recognition path
 * and must come out as 7.
 */
@Component("model")
class ModelHealthIndicator implements HealthIndicator {

    private static final String PROBE = "/recognition/probe-digit-7.png";
    private static final int PROBE_DIGIT = 7;

    private final Recognizer recognizer;
    private final byte[] probe;
    private final int expected;

    @Autowired
    ModelHealthIndicator(Recognizer recognizer) {
        this(recognizer, readProbe(), PROBE_DIGIT);
    }

    ModelHealthIndicator(Recognizer recognizer, byte[] probe, int expected) {
        this.recognizer = recognizer;
        this.probe = probe;
        this.expected = expected;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown().withDetail("modelVersion", recognizer.model().version());
        try {
            Prediction prediction = recognizer.probe(probe);
            health = prediction.digit() == expected ? health.up() : health.down();
            return health.withDetail("probe", "expected " + expected + ", got " + prediction.digit())
                    .withDetail("probeConfidence", prediction.confidence()).build();
        } catch (RuntimeException e) {
            return health.down(e).build();
        }
    }

    private static byte[] readProbe() {
        try (InputStream in = ModelHealthIndicator.class.getResourceAsStream(PROBE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROBE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
