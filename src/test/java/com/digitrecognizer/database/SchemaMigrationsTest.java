package com.digitrecognizer.database;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations when the database cannot take connections yet: tried again, not given up. A real
 * H2 database behind a data source that first refuses as a PostgreSQL server still starting up
 * does ("FATAL: the database system is starting up", SQL state 57P03) — the moment
 * {@code DatabaseAwayAtStartTest} once caught, after which the migrations were never tried again.
 */
class SchemaMigrationsTest {

    @Test
    void aDatabaseStillStartingUpIsTriedAgainUntilItsSchemaIsMigrated() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:starting-up;DB_CLOSE_DELAY=-1");
        AtomicInteger refusals = new AtomicInteger(3);
        DelegatingDataSource startingUp = new DelegatingDataSource(h2) {
            @Override
            public Connection getConnection() throws SQLException {
                if (refusals.getAndDecrement() > 0) {
                    throw new SQLException("FATAL: the database system is starting up",
                            SchemaMigrations.CANNOT_CONNECT_NOW);
                }
                return super.getConnection();
            }
        };
        Flyway flyway = Flyway.configure().dataSource(startingUp).locations("classpath:db/migration").load();
        SchemaMigrations migrations = new SchemaMigrations(Duration.ofMillis(50));
        try {
            migrations.migrate(flyway);

            JdbcClient jdbc = JdbcClient.create(h2);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (tables(jdbc) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(tables(jdbc)).as("the correction table, once the server takes connections").isEqualTo(1);
            assertThat(refusals.get()).isNegative();
        } finally {
            migrations.destroy();
        }
    }

    private static long tables(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CORRECTION'")
                .query(Long.class).single();
    }
}
