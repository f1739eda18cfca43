package com.digitrecognizer.database;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
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

    private static final String NIGHTLY = "0 0 3 * * *";

    @TempDir
    Path folder;

    private static JdbcDataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    private static JdbcClient open(String url) {
        return JdbcClient.create(h2(url));
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

        Path backup = new H2Backup(h2(url), url, folder.resolve("data/backups"), 7, Clock.systemUTC(),
                new SimpleMeterRegistry(), NIGHTLY).backUp();
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
            new H2Backup(h2(url), url, backups, 2, clock, new SimpleMeterRegistry(), NIGHTLY).backUp();
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

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new H2Backup(h2(url), url, backups, 7, Clock.systemUTC(), registry, NIGHTLY).backUpOnSchedule();

        assertThat(backups).doesNotExist();
        assertThat(registry.find("digits.database.backups").counters()).allMatch(counter -> counter.count() == 0);
        assertThat(registry.find("digits.database.backup.last").gauge()).as("no backups to watch").isNull();
    }

    @Test
    void eachNightsBackupIsCountedAndAFailedOneToo() throws IOException {
        String url = fileUrl(folder.resolve("data/corrections"));
        JdbcClient jdbc = open(url);
        jdbc.sql("CREATE TABLE correction (id INT PRIMARY KEY)").update();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Clock night = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);
        Path blocked = Files.writeString(folder.resolve("blocked"), "a file where the folder should be");

        new H2Backup(h2(url), url, folder.resolve("data/backups"), 7, night, registry, NIGHTLY).backUpOnSchedule();
        new H2Backup(h2(url), url, blocked, 7, night, registry, NIGHTLY).backUpOnSchedule(); // logged, not thrown

        assertThat(registry.get("digits.database.backups").tag("outcome", "made").counter().count()).isEqualTo(1);
        assertThat(registry.get("digits.database.backups").tag("outcome", "failed").counter().count()).isEqualTo(1);
        assertThat(registry.get("digits.database.backup.last").gauge().value())
                .isEqualTo(night.instant().getEpochSecond());
    }

    @Test
    void anUpgradedAppBacksUpTheDataItFindsBeforeMigratingItsSchema() throws IOException {
        String url = fileUrl(folder.resolve("data/corrections"));
        Path backups = folder.resolve("data/backups");
        Flyway.configure().dataSource(h2(url)).locations("classpath:db/migration").target("4").load().migrate();
        open(url).sql("INSERT INTO audit_entry (at, actor, action, detail) VALUES (CURRENT_TIMESTAMP, 'boss', 'accept',"
                + " 'before the upgrade')").update();
        Flyway upgraded = Flyway.configure().dataSource(h2(url)).locations("classpath:db/migration").load();
        H2Backup backup = new H2Backup(h2(url), url, backups, 7, Clock.systemUTC(), new SimpleMeterRegistry(), NIGHTLY);

        backup.beforeMigrating(upgraded);
        upgraded.migrate();
        backup.beforeMigrating(upgraded); // up to date: nothing to back up

        Path[] made;
        try (Stream<Path> files = Files.list(backups)) {
            made = files.toArray(Path[]::new);
        }
        assertThat(made).hasSize(1);
        Path restored = folder.resolve("restored");
        unzip(made[0], restored);
        JdbcClient copy = open(fileUrl(restored.resolve("corrections")));
        assertThat(copy.sql("SELECT MAX(\"version\") FROM \"flyway_schema_history\"").query(String.class).single())
                .as("the schema as the older app left it").isEqualTo("4");
        assertThat(copy.sql("SELECT detail FROM audit_entry").query(String.class).list()).containsExactly("before the upgrade");
    }

    @Test
    void aNewDatabaseIsNotBackedUpBeforeItsFirstMigration() {
        String url = fileUrl(folder.resolve("data/corrections"));
        Path backups = folder.resolve("data/backups");

        new H2Backup(h2(url), url, backups, 7, Clock.systemUTC(), new SimpleMeterRegistry(), NIGHTLY)
                .beforeMigrating(Flyway.configure().dataSource(h2(url)).locations("classpath:db/migration").load());

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
