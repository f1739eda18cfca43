package com.digitrecognizer.corrections;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;

/**
 * A test of the app running on a random port on a PostgreSQL of its own, which the test may stop
 * ({@link #postgres}). The context goes with the test class: its pool would go on logging refused
 * connections into later tests.
 */
@DirtiesContext
public abstract class OwnPostgresApp {

    protected static EmbeddedPostgres postgres;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        postgres = Postgres.ownServer(registry);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }
}
