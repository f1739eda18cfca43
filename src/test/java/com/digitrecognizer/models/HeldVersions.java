package com.digitrecognizer.models;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Versions whose live model is handed out only once {@link #release()}d: a retraining job started
 * in a test is surely running until then. It starts from the shipped model and adds no version.
 */
@TestConfiguration
public class HeldVersions {

    private static volatile CountDownLatch gate = new CountDownLatch(1);

    /** Holds the next jobs at their start. */
    public static void hold() {
        gate = new CountDownLatch(1);
    }

    public static void release() {
        gate.countDown();
    }

    @Bean
    @Primary
    VersionSink heldAtTheStart() {
        return new VersionSink() {
            @Override
            public LiveModel live() {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new LiveModel("shipped", Path.of("saved_model"));
            }

            @Override
            public int add(Path trainedFolder, GateResult gate, String addedBy) {
                throw new AssertionError("the tests cancel their jobs: none adds a version");
            }
        };
    }
}
