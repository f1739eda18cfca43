package com.digitrecognizer.corrections;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit acknowledged by H2, with the app's own database settings, survives {@code kill -9} of
 * the process: another JVM writes corrections one commit at a time and prints each id once its
 * commit returned; this test kills it with SIGKILL in the middle of the stream, opens the file
 * again and finds every acknowledged id. (The whole app under kill -9: bench/corrections-kill9.sh.)
 */
class H2KillTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedCommitSurvivesKillMinus9() throws Exception {
        String url = AppDatabase.h2UrlIn(folder);
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Writer.class.getName(), url).redirectErrorStream(true).start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null; ) {
                if (line.startsWith("committed ")) {
                    acknowledged.add(Long.parseLong(line.substring("committed ".length())));
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close, no flush
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("the writer's acknowledgements").hasSize(ACKNOWLEDGED_BEFORE_KILL);

        Set<Long> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM correction")) {
            while (rows.next()) {
                stored.add(rows.getLong(1));
            }
        }
        assertThat(stored).containsAll(acknowledged);
    }

    /** The other process: migrates the schema, then inserts corrections until it is killed. */
    public static final class Writer {
        public static void main(String[] args) throws SQLException {
            Flyway.configure().dataSource(args[0], "sa", "").load().migrate();
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO correction (created_at, label, "
                         + "model_answer, verdict, probabilities, model_version, channel, status, image) "
                         + "VALUES (?, '7', '1', 'digit', '', 'test', 'api', 'NEW', ?)", new String[]{"id"})) {
                connection.setAutoCommit(true); // each insert its own commit, as each repository save
                byte[] image = new byte[3000];
                while (true) {
                    insert.setTimestamp(1, Timestamp.from(Instant.now()));
                    insert.setBytes(2, image);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        System.out.println("committed " + key.getLong(1));
                    }
                }
            }
        }
    }
}
