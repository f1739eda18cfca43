package com.digitrecognizer.database;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Backups of the embedded H2 database while the app runs: H2's {@code BACKUP TO} zips the database
 * file as one transaction sees it, so a copy is consistent without stopping anything (a plain copy
 * of a file being written may not open). Daily at {@code database.backup-cron} into
 * {@code database.backup-dir}, and before the schema is migrated to a newer version; the newest
 * {@code database.backup-keep} kept. A database server (PostgreSQL) is backed up with its own
 * tools; for it, and for an in-memory H2, this does nothing.
 */
final class H2Backup {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);
    /** Named by their UTC time, so that names sort as the backups were made. */
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'corrections-'yyyyMMdd-HHmmss-SSS'.zip'").withZone(ZoneOffset.UTC);
    private static final String BACKUP_NAMES = "corrections-\\d{8}-\\d{6}-\\d{3}\\.zip";
    /** A backup being written: renamed when whole, so that a half-written one never counts. */
    private static final String PART = ".part";

    private final JdbcClient jdbc;
    private final boolean embeddedFile;
    private final Path folder;
    private final int keep;
    private final Clock clock;
    private final Counter made;
    private final Counter failed;
    /** When the newest backup was made (seconds since the epoch), 0 before the first: an alert's measure. */
    private final AtomicLong lastMade = new AtomicLong();

    /**
     * Given the data source rather than Spring's JdbcClient, which waits for the migrations this backs
     * up before; {@code schedule}, the cron it runs on ({@code database.backup-cron}), is said in the
     * start-up log, where an operator looks first.
     */
    H2Backup(DataSource dataSource, String url, Path folder, int keep, Clock clock, MeterRegistry registry,
             String schedule) {
        this.jdbc = JdbcClient.create(dataSource);
        this.embeddedFile = url.startsWith("jdbc:h2:file:");
        this.folder = folder;
        this.keep = Math.max(1, keep);
        this.clock = clock;
        this.made = backups(registry, "made");
        this.failed = backups(registry, "failed");
        if (embeddedFile) {
            log.info("Backups of the embedded database: {} into {}, the newest {} kept", "-".equals(schedule)
                    ? "none on a schedule (database.backup-cron=-), only before a migration" : "at cron '" + schedule + "'",
                    folder.toAbsolutePath(), this.keep);
            Gauge.builder("digits.database.backup.last", lastMade, AtomicLong::get).baseUnit("seconds")
                    .description("When the newest backup of the embedded database was made (epoch), 0 before the first")
                    .register(registry);
        }
    }

    private static Counter backups(MeterRegistry registry, String outcome) {
        return Counter.builder("digits.database.backups").tag("outcome", outcome)
                .description("Backups of the embedded database, made or failed").register(registry);
    }

    @Scheduled(cron = "${database.backup-cron}")
    void backUpOnSchedule() {
        if (!embeddedFile) {
            return;
        }
        try {
            Path file = backUp();
            log.info("Database backed up to {} ({} KB); the newest {} backups are kept", file, Files.size(file) >> 10, keep);
        } catch (IOException | RuntimeException e) { // the disk may be full tonight; the database itself is untouched
            failed.increment();
            log.warn("Database backup into {} failed: {}", folder, e.toString());
        }
    }

    /**
     * A backup before the schema is migrated to a newer version (a newer app on the same data), so
     * that the upgrade can be undone with the data it found; none for a new database or when the
     * schema is up to date. A backup that fails is said, and the migration goes on.
     */
    void beforeMigrating(Flyway flyway) {
        if (!embeddedFile) {
            return;
        }
        try {
            MigrationInfoService migrations = flyway.info();
            MigrationInfo[] pending = migrations.pending();
            if (migrations.current() == null || pending.length == 0) {
                return;
            }
            log.info("Database backed up to {} before its schema goes from version {} to {}", backUp(),
                    migrations.current().getVersion(), pending[pending.length - 1].getVersion());
        } catch (IOException | RuntimeException e) {
            failed.increment();
            log.warn("No backup before migrating the database ({}); the nightly ones are in {}", e.toString(), folder);
        }
    }

    /** Writes one backup, removes those beyond the newest {@code keep}, and answers its file. */
    Path backUp() throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(NAME.format(clock.instant())).toAbsolutePath();
        Path part = file.resolveSibling(file.getFileName() + PART);
        jdbc.sql("BACKUP TO '" + part.toString().replace("'", "''") + "'").update();
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        made.increment();
        lastMade.set(clock.instant().getEpochSecond());
        removeOld();
        return file;
    }

    /** Backups beyond the newest {@code keep}, and any part left by a process that did not live to finish it. */
    private void removeOld() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        }
        Stream<Path> older = files.stream().filter(file -> named(file, BACKUP_NAMES))
                .sorted(Comparator.reverseOrder()).skip(keep);
        Stream<Path> parts = files.stream().filter(file -> named(file, BACKUP_NAMES + "\\" + PART));
        for (Path file : Stream.concat(older, parts).toList()) {
            Files.delete(file);
        }
    }

    private static boolean named(Path file, String pattern) {
        return file.getFileName().toString().matches(pattern);
    }
}
