package com.digitrecognizer.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Flyway's migrations, run at start-up as usual; but when the database cannot be reached, the start
 * goes on without it and the migrations are tried again every {@code retry} until they ran. Until
 * then whatever needs the database says it is not available (503, a message in the view). A
 * migration that fails on a reachable database still stops the start.
 */
final class SchemaMigrations implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    /** The SQL state of a server starting up, shutting down or recovering: it will take connections soon. */
    static final String CANNOT_CONNECT_NOW = "57P03";

    private final Duration retry;
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("schema-migrations").daemon().factory());

    SchemaMigrations(Duration retry) {
        this.retry = retry;
    }

    void migrate(Flyway flyway) {
        whyUnreachable(flyway).ifPresent(why -> {
            log.warn("The database cannot be reached ({}): starting without it; its schema will be migrated when it "
                    + "can, tried every {} s", why, retry.toSeconds());
            retryLater(flyway);
        });
    }

    private void tryAgain(Flyway flyway) {
        try {
            whyUnreachable(flyway).ifPresentOrElse(why -> retryLater(flyway),
                    () -> log.info("The database can be reached: its schema is migrated"));
        } catch (FlywayException e) {
            log.error("Migrating the database failed; corrections cannot be saved until this is mended", e);
        }
    }

    private void retryLater(Flyway flyway) {
        retries.schedule(() -> tryAgain(flyway), retry.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the migrations: empty when they ran, why not when the database could not be reached; a failed one is thrown. */
    private static Optional<String> whyUnreachable(Flyway flyway) {
        try {
            flyway.migrate();
            return Optional.empty();
        } catch (FlywayException e) {
            if (!unreachable(e)) {
                throw e;
            }
            return Optional.of(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        }
    }

    /**
     * A connection that could not be made (refused, timed out, or a server not accepting them yet:
     * PostgreSQL's "the database system is starting up"), as opposed to a migration that failed.
     */
    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals(CANNOT_CONNECT_NOW))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
