package com.digitrecognizer.corrections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code corrections.*} (documented in application.properties).
 *
 * @param retention             how long a correction is kept; older ones go in the daily purge
 * @param purgeCron             when the purge runs (Spring cron: second minute hour day month weekday)
 * @param maxPerClientPerMinute corrections one client (IP address) may send to the API in a minute
 */
@ConfigurationProperties("corrections")
record CorrectionsProperties(
        @DefaultValue("365d") Duration retention,
        @DefaultValue("0 30 3 * * *") String purgeCron,
        @DefaultValue("60") int maxPerClientPerMinute) {

    CorrectionsProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("corrections.retention must be positive: " + retention);
        }
        if (maxPerClientPerMinute < 1) {
            throw new IllegalArgumentException("corrections.max-per-client-per-minute must be at least 1: "
                    + maxPerClientPerMinute);
        }
    }
}
