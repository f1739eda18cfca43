package com.digitrecognizer.models;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code models.poll-interval}: new version folders are taken in, and the live version another
 * instance promoted is swapped in. A database or disk that fails is reported once, not every poll.
 */
@Component
class ModelWatcher {

    private static final Logger log = LoggerFactory.getLogger(ModelWatcher.class);

    private final ModelRegistry registry;
    private final long intervalMillis;
    private final ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("model-watcher").daemon().factory());
    private boolean failing; // touched by the poller's thread only

    ModelWatcher(ModelRegistry registry, ModelsProperties properties) {
        this.registry = registry;
        this.intervalMillis = properties.pollInterval().toMillis();
    }

    @PostConstruct
    void start() {
        poller.scheduleWithFixedDelay(this::poll, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            registry.sync();
            if (failing) {
                log.info("Looking for model versions works again");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Cannot look for model versions (will keep trying): {}", e.getMessage());
            }
            failing = true;
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
