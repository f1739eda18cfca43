package com.digitrecognizer.corrections;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL for the tests, started from Maven artifacts (no Docker), once per test JVM and
 * stopped when it ends. Each caller gets a database of its own; a test that stops its server gets one of its own.
 */
public final class Postgres {

    private static EmbeddedPostgres server;
    private static int databases;

    private Postgres() {
    }

    /** A server of the caller's own, which it may stop, made the app's database through {@code registry}. */
    public static EmbeddedPostgres ownServer(DynamicPropertyRegistry registry) {
        try {
            EmbeddedPostgres own = EmbeddedPostgres.builder().start();
            use(registry, own.getJdbcUrl("postgres", "postgres"));
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the database at {@code url} the app's (user and password "postgres"). */
    public static void use(DynamicPropertyRegistry registry, String url) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** The JDBC URL of a new, empty database (user and password "postgres"). */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stop));
            }
            String name = "corrections_" + ++databases;
            try (var connection = server.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
