package com.digitrecognizer.database;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Backups of a real H2 file database, opened again from the backup as a restore would. */
class H2BackupTest {

    @TempDir
    Path folder;

    private static JdbcClient open(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return JdbcClient.create(h2);
    }

    private static String fileUrl(Path database) {
        return "jdbc:h2:file:" + database.toAbsolutePath() + ";WRITE_DELAY=0";
    }

    @Test
    void aBackupOpensAsTheDatabaseWasWhileAnUnfinishedTransactionStaysOut() throws Exception {
        String url = fileUrl(folder.resolve("data/corrections"));
        JdbcClient jdbc = open(url);
        jdbc.sql("CREATE TABLE correction (id INT PRIMARY KEY, label VARCHAR(20))").update();
        jdbc.sql("INSERT INTO correction VALUES (1, '7'), (2, '2026')").update();
        SingleConnectionDataSource writing = new SingleConnectionDataSource(url, "", "", true);
        writing.getConnection().setAutoCommit(false);
        JdbcClient.create(writing).sql("INSERT INTO correction VALUES (3, 'not yet committed')").update();

        Path backup = new H2Backup(jdbc, url, folder.resolve("data/backups"), 7, Clock.systemUTC()).backUp();
        writing.getConnection().commit();
        writing.destroy();

        Path restored = folder.resolve("restored");
        unzip(backup, restored);
        JdbcClient copy = open(fileUrl(restored.resolve("corrections")));
        assertThat(copy.sql("SELECT label FROM correction ORDER BY id").query(String.class).list())
                .containsExactly("7", "2026");
    }

    @Test
    void theNewestAreKeptAndAPartLeftByAKilledBackupGoes() throws IOException {
        String url = fileUrl(folder.resolve("data/corrections"));
        JdbcClient jdbc = open(url);
        jdbc.sql("CREATE TABLE correction (id INT PRIMARY KEY)").update();
        Path backups = Files.createDirectories(folder.resolve("data/backups"));
        Files.writeString(backups.resolve("corrections-20261201-030000-000.zip.part"), "half");
        Files.writeString(backups.resolve("notes.txt"), "not a backup");
        Instant night = Instant.parse("2026-12-02T03:00:00Z");

        for (int day = 0; day < 4; day++) {
            Clock clock = Clock.fixed(night.plus(Duration.ofDays(day)), ZoneOffset.UTC);
            new H2Backup(jdbc, url, backups, 2, clock).backUp();
        }

        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList()).containsExactly(
                    "corrections-20261204-030000-000.zip", "corrections-20261205-030000-000.zip", "notes.txt");
        }
    }

    @Test
    void aDatabaseThatIsNoH2FileIsLeftToItsOwnTools() {
        String url = "jdbc:h2:mem:backup-test;DB_CLOSE_DELAY=-1"; // as PostgreSQL: nothing to zip here
        Path backups = folder.resolve("backups");

        new H2Backup(open(url), url, backups, 7, Clock.systemUTC()).backUpOnSchedule();

        assertThat(backups).doesNotExist();
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).endsWith("corrections.mv.db");
            Files.copy(in, into.resolve("corrections.mv.db"));
        }
    }
}
