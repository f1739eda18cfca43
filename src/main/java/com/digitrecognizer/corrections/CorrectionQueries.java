package com.digitrecognizer.corrections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin view's queries, in SQL that H2 and PostgreSQL share: a filtered page at a time
 * (OFFSET ... FETCH, newest first, never the drawings), its count, the counts of model answer
 * against correction, and a review of all that a filter lets through.
 */
@Repository
class CorrectionQueries {

    private static final String SUMMARY = "SELECT id, created_at, label, model_answer, verdict, model_version, channel, "
            + "status, network_input FROM correction";

    private final JdbcClient jdbc;

    CorrectionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CorrectionSummary> page(CorrectionFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        return where.bind(jdbc.sql(SUMMARY + where.sql + " ORDER BY created_at DESC, id DESC "
                        + "OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .param("offset", offset).param("limit", limit)
                .query((row, n) -> new CorrectionSummary(row.getLong("id"), row.getTimestamp("created_at").toInstant(),
                        row.getString("label"), row.getString("model_answer"), row.getString("verdict"),
                        row.getString("model_version"), row.getString("channel"),
                        Correction.Status.valueOf(row.getString("status")), row.getBytes("network_input")))
                .list();
    }

    /** Sets the status of every correction the filter lets through, in one statement; answers how many. */
    int review(CorrectionFilter filter, Correction.Status status) {
        Where where = Where.of(filter);
        return where.bind(jdbc.sql("UPDATE correction SET status = :newStatus" + where.sql))
                .param("newStatus", status.name()).update();
    }

    long count(CorrectionFilter filter) {
        Where where = Where.of(filter);
        return where.bind(jdbc.sql("SELECT COUNT(*) FROM correction" + where.sql)).query(Long.class).single();
    }

    /** How often each model answer met each correct label, most frequent first. */
    List<Confusion> confusion(CorrectionFilter filter) {
        Where where = Where.of(filter);
        return where.bind(jdbc.sql("SELECT model_answer, label, COUNT(*) AS n FROM correction" + where.sql
                        + " GROUP BY model_answer, label ORDER BY n DESC"))
                .query((row, n) -> new Confusion(row.getString("model_answer"), row.getString("label"), row.getLong("n")))
                .list();
    }

    List<String> modelVersions() {
        return jdbc.sql("SELECT DISTINCT model_version FROM correction ORDER BY model_version").query(String.class).list();
    }

    /** A WHERE clause for a filter, and its parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(CorrectionFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            add(conditions, params, "label = :label", "label", filter.label());
            add(conditions, params, "model_answer = :answer", "answer", filter.modelAnswer());
            add(conditions, params, "model_version = :version", "version", filter.modelVersion());
            add(conditions, params, "created_at >= :from", "from", filter.from() == null ? null : Timestamp.from(filter.from()));
            add(conditions, params, "created_at < :to", "to", filter.to() == null ? null : Timestamp.from(filter.to()));
            add(conditions, params, "status = :status", "status", filter.status() == null ? null : filter.status().name());
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }

        private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
                                Object value) {
            if (value != null) {
                conditions.add(condition);
                params.put(name, value);
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }
}
