package com.digitrecognizer.database;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcH2Dialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The app starts whether or not its database is there: recognition needs none. The schema is
 * migrated when the database can be reached ({@link SchemaMigrations}), and the SQL dialect is told
 * by the JDBC URL rather than asked of a connection at start-up. The embedded H2 database is backed
 * up daily and before its schema is migrated ({@link H2Backup}).
 */
@Configuration
class DatabaseConfiguration {

    @Bean
    SchemaMigrations schemaMigrations(@Value("${database.migration-retry}") Duration retry) {
        return new SchemaMigrations(retry);
    }

    @Bean
    FlywayMigrationStrategy migrateWhenReachable(SchemaMigrations migrations, H2Backup backup) {
        return flyway -> {
            backup.beforeMigrating(flyway);
            migrations.migrate(flyway);
        };
    }

    @Bean
    H2Backup h2Backup(DataSource dataSource, @Value("${spring.datasource.url}") String url,
                      @Value("${database.backup-dir}") Path folder, @Value("${database.backup-keep}") int keep,
                      @Value("${database.backup-cron}") String schedule, MeterRegistry registry) {
        return new H2Backup(dataSource, url, folder, keep, Clock.systemUTC(), registry, schedule);
    }

    @Bean
    JdbcDialect jdbcDialect(@Value("${spring.datasource.url}") String url) {
        if (url.startsWith("jdbc:h2:")) {
            return JdbcH2Dialect.INSTANCE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return JdbcPostgresDialect.INSTANCE;
        }
        // the URL itself is not repeated: it may hold a password
        throw new IllegalStateException("spring.datasource.url must name an H2 or a PostgreSQL database "
                + "(jdbc:h2:... or jdbc:postgresql:...)");
    }
}
