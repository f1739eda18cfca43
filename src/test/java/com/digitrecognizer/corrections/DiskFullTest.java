package com.digitrecognizer.corrections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.digitrecognizer.corrections.CorrectionsClient.digit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on its H2 file when the disk is full, and when space comes back. A full disk is made
 * real for this process alone: a limit on the size its files may grow to (RLIMIT_FSIZE, set with
 * util-linux's prlimit, no root needed), so that H2's next write fails as on a full disk.
 * Recognition carries on, a correction is refused with 503 problem+json, health says DEGRADED;
 * with space back, corrections are saved again and none acknowledged before is lost.
 */
@DirtiesContext
@EnabledOnOs(OS.LINUX)
// as many corrections from one client as it takes to fill the disk, not a flood refused with 429
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "corrections.max-per-client-per-minute=1000")
class DiskFullTest {

    @TempDir
    static Path folder;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> AppDatabase.h2UrlIn(folder));
    }

    @AfterEach
    void spaceBack() throws IOException, InterruptedException {
        limitFileSize("unlimited");
    }

    @Test
    void aFullDiskRefusesCorrectionsWith503AndOnceSpaceIsBackTheyAreSavedAgainNoneLost() throws Exception {
        CorrectionsClient api = new CorrectionsClient(port);
        assertThat(api.post(digit(7), "7").statusCode()).isEqualTo(201);
        int acknowledged = 1;

        limitFileSize(String.valueOf(Files.size(folder.resolve("corrections.mv.db")))); // the file may grow no more
        HttpResponse<String> refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            HttpResponse<String> response = api.post(digit(i % 10), String.valueOf(i % 10));
            if (response.statusCode() == 201) {
                acknowledged++;
            } else {
                refused = response;
            }
        }

        assertThat(refused).as("a correction refused once the file may not grow").isNotNull();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue(CorrectionApiTest.PROBLEM_JSON);
        assertThat(JsonMapper.shared().readTree(refused.body()).get("detail").asString())
                .contains("database is not available").doesNotContain("Exception");
        assertThat(api.postRaw("/api/v1/predict", digit(7)).statusCode()).isEqualTo(200);
        assertThat(health(api)).isEqualTo("DEGRADED");

        limitFileSize("unlimited");

        assertThat(api.post(digit(3), "3").statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM correction").query(Long.class).single()).isEqualTo(acknowledged + 1);
        assertThat(health(api)).isEqualTo("UP");
    }

    /** This JVM's limit on the size of the files it writes (soft; the hard limit stays unlimited). */
    private static void limitFileSize(String bytes) throws IOException, InterruptedException {
        Process prlimit = new ProcessBuilder("prlimit", "--pid", String.valueOf(ProcessHandle.current().pid()),
                "--fsize=" + bytes + ":unlimited").inheritIO().start();
        assertThat(prlimit.waitFor()).as("prlimit's exit status").isZero();
    }

    private static String health(CorrectionsClient api) {
        HttpResponse<String> health = api.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        return JsonMapper.shared().readTree(health.body()).get("status").asString();
    }
}
