package com.digitrecognizer.corrections;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import static com.digitrecognizer.corrections.CorrectionsClient.digit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app started while its PostgreSQL is away: it starts, recognises, refuses corrections with 503
 * and says DEGRADED; once the database is there, the schema is migrated and corrections are saved.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "database.migration-retry=1s", "models.poll-interval=1s", "security.admin.password=" + DatabaseAwayAtStartTest.PASSWORD})
class DatabaseAwayAtStartTest {

    static final String PASSWORD = "away-test-password";
    private static final int DATABASE_PORT = freePort();
    private static EmbeddedPostgres postgres;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.use(registry, "jdbc:postgresql://localhost:" + DATABASE_PORT + "/postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void startsWithoutItsDatabaseAndMigratesWhenItComes() throws Exception {
        CorrectionsClient api = new CorrectionsClient(port);
        assertThat(api.postRaw("/api/v1/predict", digit(7)).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api.post(digit(7), "1");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(health(api)).isEqualTo("DEGRADED");
        HttpResponse<String> versions = api.as("admin", PASSWORD).get("/api/v1/models");
        assertThat(versions.statusCode()).as("which version is live is not known yet: " + versions.body()).isEqualTo(503);

        postgres = EmbeddedPostgres.builder().setPort(DATABASE_PORT).start();

        int saved = 0;
        for (int i = 0; i < 60 && saved != 201; i++) {
            Thread.sleep(500);
            saved = api.post(digit(7), "1").statusCode();
        }
        assertThat(saved).as("a correction once the database is there").isEqualTo(201);
        assertThat(health(api)).isEqualTo("UP");
        CorrectionsClient admin = api.as("admin", PASSWORD);
        String live = "";
        for (int i = 0; i < 40 && !live.contains("\"live\":true"); i++) {
            Thread.sleep(250);
            live = admin.get("/api/v1/models").body();
        }
        assertThat(live).as("version 1 made live once the database answers").contains("\"live\":true");
    }

    private static String health(CorrectionsClient api) {
        return JsonMapper.shared().readTree(api.get("/actuator/health").body()).get("status").asString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
