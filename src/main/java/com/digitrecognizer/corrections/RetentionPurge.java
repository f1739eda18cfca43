package com.digitrecognizer.corrections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/** Deletes corrections older than {@code corrections.retention}, daily at {@code corrections.purge-cron}. */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final Corrections corrections;
    private final Duration retention;

    RetentionPurge(Corrections corrections, CorrectionsProperties properties) {
        this.corrections = corrections;
        this.retention = properties.retention();
    }

    @Scheduled(cron = "${corrections.purge-cron}")
    void purge() {
        Instant cutOff = Instant.now().minus(retention);
        try {
            log.info("Retention: deleted {} corrections made before {}", corrections.purgeCreatedBefore(cutOff), cutOff);
        } catch (RuntimeException e) { // the database may be down tonight; tomorrow's purge catches up
            log.warn("Retention purge failed: {}", e.toString());
        }
    }
}
