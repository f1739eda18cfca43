package com.digitrecognizer.recognition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * UP only while the model answers: a known MNIST "7" goes through decoding, normalisation and
 * the model and must come out as 7. The probe takes its own path past the admission slots
 * ({@link Recognizer#probe}), so that load never makes it DOWN. At most one probe runs at a
 * time and its result answers for a second, so that health checks add no load of their own.
 */
@Component("model")
class ModelHealthIndicator implements HealthIndicator {

    private static final String PROBE = "/recognition/probe-digit-7.png";
    private static final int PROBE_DIGIT = 7;
    private static final long REUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final Recognizer recognizer;
    private final byte[] probe;
    private final int expected;
    private Checked last; // guarded by this

    private record Checked(Health health, long atNanos) {
    }

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
    public synchronized Health health() {
        if (last == null || System.nanoTime() - last.atNanos() >= REUSE_NANOS) {
            last = new Checked(probe(), System.nanoTime());
        }
        return last.health();
    }

    private Health probe() {
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
