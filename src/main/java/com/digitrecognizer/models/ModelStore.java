package com.digitrecognizer.models;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the instances sharing a database agree on (db/migration/V3): the live version, promotions, gates. */
@Repository
class ModelStore {

    private static final int LIVE_ROW = 1;
    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ModelStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The live version as the database records it; revision counts the promotions. */
    record Promotion(int version, long revision, String promotedBy, Instant promotedAt) {
    }

    Optional<Promotion> live() {
        return jdbc.sql("SELECT version, revision, promoted_by, promoted_at FROM live_model WHERE id = ?")
                .param(LIVE_ROW).query(ModelStore::promotion).optional();
    }

    /** Records {@code version} as live at the first start; an instance that started at the same time may have already. */
    void liveAtFirstStart(int version, String by) {
        try {
            transactions.executeWithoutResult(status -> insertLive(version, by));
        } catch (DuplicateKeyException alreadyRecorded) {
            // the other instance's row stands
        }
    }

    private void insertLive(int version, String by) {
        OffsetDateTime now = now();
        jdbc.sql("INSERT INTO live_model (id, version, revision, promoted_by, promoted_at) VALUES (?, ?, 0, ?, ?)")
                .params(LIVE_ROW, version, by, now).update();
        history(version, 0, by, now);
    }

    /**
     * Makes {@code version} live, unless another promotion came first (the live row is no longer at
     * {@code expectedRevision}): then nothing changes and the answer is empty. {@code audit} runs in
     * the same transaction, so the promotion and its audit line are kept or lost together. The version
     * live at {@code expectedRevision} stays as it is, its promotion the answer: promoting it again
     * records nothing.
     */
    Optional<Promotion> promote(int version, long expectedRevision, String by, Runnable audit) {
        OffsetDateTime now = now();
        return transactions.execute(status -> {
            Optional<Promotion> live = live();
            if (live.isPresent() && live.get().revision() == expectedRevision && live.get().version() == version) {
                return live; // live already: nothing changes, nothing to record, the revision as it was
            }
            int updated = jdbc.sql("UPDATE live_model SET version = ?, revision = ?, promoted_by = ?, promoted_at = ?"
                            + " WHERE id = ? AND revision = ?")
                    .params(version, expectedRevision + 1, by, now, LIVE_ROW, expectedRevision).update();
            if (updated == 0) {
                return Optional.empty();
            }
            history(version, expectedRevision + 1, by, now);
            audit.run();
            return Optional.of(new Promotion(version, expectedRevision + 1, by, now.toInstant()));
        });
    }

    private void history(int version, long revision, String by, OffsetDateTime at) {
        jdbc.sql("INSERT INTO model_promotion (version, revision, promoted_by, promoted_at) VALUES (?, ?, ?, ?)")
                .params(version, revision, by, at).update();
    }

    /** The last promotion of each version ever promoted. */
    Map<Integer, Promotion> lastPromotions() {
        Map<Integer, Promotion> last = new HashMap<>();
        jdbc.sql("SELECT version, revision, promoted_by, promoted_at FROM model_promotion ORDER BY revision")
                .query(ModelStore::promotion).list().forEach(p -> last.put(p.version(), p));
        return last;
    }

    void added(int version, GateResult gate, String by) {
        jdbc.sql("INSERT INTO model_version (version, added_by, added_at, gate) VALUES (?, ?, ?, ?)")
                .params(version, by, now(), gate == null ? null : JSON.writeValueAsString(gate)).update();
    }

    /** The gate's verdict on every version added with one. */
    Map<Integer, GateResult> gates() {
        Map<Integer, GateResult> gates = new HashMap<>();
        jdbc.sql("SELECT version, gate FROM model_version WHERE gate IS NOT NULL").query(row -> {
            gates.put(row.getInt("version"), JSON.readValue(row.getString("gate"), GateResult.class));
        });
        return gates;
    }

    private static Promotion promotion(ResultSet row, int number) throws SQLException {
        return new Promotion(row.getInt("version"), row.getLong("revision"), row.getString("promoted_by"),
                row.getObject("promoted_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
