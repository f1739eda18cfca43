package com.digitrecognizer.corrections;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The "db" component of /actuator/health. A database that is down makes the app DEGRADED, not
 * DOWN: recognition, what load balancers route for, goes on without it; only saving corrections
 * stops (application.properties orders the statuses and maps DEGRADED to HTTP 200). So does one
 * that answers but refused the last correction (a full disk), until a correction is saved again.
 */
@Component("db")
class DatabaseHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "corrections cannot be saved");
    private static final int VALID_WITHIN_SECONDS = 1;

    private final DataSource dataSource;
    private final CorrectionInserts inserts;

    DatabaseHealthIndicator(DataSource dataSource, CorrectionInserts inserts) {
        this.dataSource = dataSource;
        this.inserts = inserts;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALID_WITHIN_SECONDS)) {
                return Health.status(DEGRADED).withDetail("error", "the connection is not valid").build();
            }
            return inserts.lastFailure()
                    .map(failure -> Health.status(DEGRADED)
                            .withDetail("error", "the last correction could not be written: " + failure).build())
                    .orElseGet(() -> Health.up().build());
        } catch (SQLException e) {
            return Health.status(DEGRADED).withDetail("error", e.getMessage()).build();
        }
    }
}
