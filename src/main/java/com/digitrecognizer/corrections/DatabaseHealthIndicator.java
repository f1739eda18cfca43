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
 * stops (application.properties orders the statuses and maps DEGRADED to HTTP 200).
 */
@Component("db")
class DatabaseHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "corrections cannot be saved");
    private static final int VALID_WITHIN_SECONDS = 1;

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS) ? Health.up().build()
                    : Health.status(DEGRADED).withDetail("error", "the connection is not valid").build();
        } catch (SQLException e) {
            return Health.status(DEGRADED).withDetail("error", e.getMessage()).build();
        }
    }
}
