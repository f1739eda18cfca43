package com.digitrecognizer.corrections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Saving a correction, the write people wait for: one INSERT committed on its own (auto-commit),
 * where the repository's save would render its SQL, open and commit a transaction around it
 * (bench/RESULTS.md, write p99).
 */
@Repository
class CorrectionInserts {

    private static final String INSERT = "INSERT INTO correction (created_at, label, model_answer, verdict, probabilities, "
            + "model_version, channel, session_key, status, image, network_input) VALUES (:createdAt, :label, "
            + ":modelAnswer, :verdict, :probabilities, :modelVersion, :channel, :sessionKey, :status, :image, :networkInput)";

    private final JdbcClient jdbc;

    CorrectionInserts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The correction as stored, with its id; committed when this returns. */
    Correction insert(Correction c) {
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
