package com.digitrecognizer.corrections;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Saving a correction, the write people wait for: one INSERT committed on its own (auto-commit),
 * where the repository's save would render its SQL, open and commit a transaction around it
 * (bench/RESULTS.md, write p99). Remembers whether the last one failed: a database that answers
 * but cannot write (a full disk) is not healthy, though a connection to it is valid.
 */
@Repository
class CorrectionInserts {

    private static final String INSERT = "INSERT INTO correction (created_at, label, model_answer, verdict, probabilities, "
            + "model_version, channel, session_key, status, image, network_input) VALUES (:createdAt, :label, "
            + ":modelAnswer, :verdict, :probabilities, :modelVersion, :channel, :sessionKey, :status, :image, :networkInput)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    /** Why the last insert failed, null when it succeeded (or none was made yet). */
    private volatile String lastFailure;

    CorrectionInserts(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The correction as stored, with its id; committed when this returns. {@link StoreUnavailableException}
     * when the database cannot take it; a value the schema refuses is a fault here, thrown as it is.
     */
    Correction insert(Correction c) {
        try {
            Correction stored = tryInsert(c);
            lastFailure = null;
            return stored;
        } catch (DataIntegrityViolationException e) {
            throw e; // says nothing of the database's health
        } catch (DataAccessException e) {
            lastFailure = e.getMostSpecificCause().getMessage();
            renewConnections();
            throw new StoreUnavailableException(e);
        }
    }

    /**
     * Closes the pool's connections (those in use as they are returned), so that the next write
     * opens a fresh one: an embedded H2 whose write failed (a full disk) keeps failing on the
     * connections it had, and reopens its file, as it was at the last commit, only once they are
     * all closed.
     */
    private void renewConnections() {
        try {
            HikariPoolMXBean pool = dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() : null;
            if (pool != null) { // none yet while the database has never been reached
                pool.softEvictConnections();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why the last insert failed, until one succeeds again. */
    Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private Correction tryInsert(Correction c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT)
                .param("createdAt", OffsetDateTime.ofInstant(c.createdAt(), ZoneOffset.UTC))
                .param("label", c.label())
                .param("modelAnswer", c.modelAnswer())
                .param("verdict", c.verdict())
                .param("probabilities", c.probabilities())
                .param("modelVersion", c.modelVersion())
                .param("channel", c.channel())
                .param("sessionKey", c.sessionKey())
                .param("status", c.status().name())
                .param("image", c.image())
                .param("networkInput", c.networkInput())
                .update(key, "id");
        return new Correction(key.getKeyAs(Long.class), c.createdAt(), c.label(), c.modelAnswer(), c.verdict(),
                c.probabilities(), c.modelVersion(), c.channel(), c.sessionKey(), c.status(), c.image(), c.networkInput());
    }
}
