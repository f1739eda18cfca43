package com.digitrecognizer.corrections;

import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Reading;
import com.digitrecognizer.recognition.Verdict;
import com.digitrecognizer.recognition.RecognitionMetrics.Channel;
import com.digitrecognizer.security.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Keeps people's corrections. Each save is committed before it returns ({@link CorrectionInserts}),
 * so whoever is told "saved" may rely on it; a save the database cannot take is a
 * {@link StoreUnavailableException}, other database failures Spring's {@code DataAccessException},
 * for the view and the API to say so in their own words.
 */
@Service
public class Corrections {

    /** What the model's answer is stored as when it was unsure. */
    static final String UNSURE_ANSWER = "?";

    private final CorrectionRepository repository;
    private final CorrectionInserts inserts;
    private final CorrectionQueries queries;
    private final Exports exports;
    private final AuditLog audit;
    private final Timer saves;

    Corrections(CorrectionRepository repository, CorrectionInserts inserts, CorrectionQueries queries, Exports exports,
                AuditLog audit, MeterRegistry registry) {
        this.repository = repository;
        this.inserts = inserts;
        this.queries = queries;
        this.exports = exports;
        this.audit = audit;
        // the write to the database, commit included: the reliability target is on its p99
        this.saves = Timer.builder("digits.correction.save").description("Saving one correction, commit included")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /**
     * A correction of what the drawing pad read (one digit, or a number: then its text, "?" for a
     * digit in doubt, and each digit's probabilities, a digit to a ";"); {@link StoreUnavailableException}
     * when the database cannot take it.
     */
    public Correction save(InkRaster drawing, Reading reading, String label, String sessionKey) {
        return save(Drawings.png(drawing), reading, label, Channel.VIEW, sessionKey);
    }

    /** A correction sent to the API, with the image as it was sent and what the reader made of it. */
    Correction save(byte[] image, Reading reading, String label) {
        return save(Drawings.png(image), reading, label, Channel.API, null);
    }

    private Correction save(byte[] png, Reading reading, String label, Channel channel, String sessionKey) {
        if (reading.digits().size() == 1) {
            Prediction prediction = reading.digits().getFirst().prediction();
            return store(new Correction(null, Instant.now(), label, answerOf(prediction),
                    prediction.verdict().label(), probabilitiesOf(prediction), prediction.modelVersion(),
                    tag(channel), sessionKey, Status.NEW, png, networkInputs(reading)));
        }
        StringJoiner probabilities = new StringJoiner(";");
        reading.digits().forEach(digit -> probabilities.add(probabilitiesOf(digit.prediction())));
        return store(new Correction(null, Instant.now(), label, reading.text(),
                (reading.accepted() ? Verdict.DIGIT : Verdict.UNSURE).label(), probabilities.toString(),
                reading.modelVersion(), tag(channel), sessionKey, Status.NEW, png, networkInputs(reading)));
    }

    /**
     * What the network saw of each digit read, one after another, as a correction keeps it (a byte a
     * pixel, ink = 255; null when nothing was read): a number's training data, digit by digit.
     */
    public static byte[] networkInputs(Reading reading) {
        return reading.digits().isEmpty() ? null
                : Drawings.bytes(reading.digits().stream().map(digit -> digit.prediction().networkInput()).toList());
    }

    private Correction store(Correction correction) {
        if (!Labels.valid(correction.label())) {
            throw new IllegalArgumentException("Not a label: " + correction.label());
        }
        return saves.record(() -> inserts.insert(correction));
    }

    private static String tag(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    public Optional<Correction> find(long id) {
        return repository.findById(id);
    }

    /** One page of all corrections, newest first. */
    Page<Correction> newestFirst(int page, int size) {
        return repository.findAll(PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }

    /** One page of the corrections the filter lets through, newest first, without their drawings. */
    public List<CorrectionSummary> find(CorrectionFilter filter, int offset, int limit) {
        return queries.page(filter, offset, limit);
    }

    public long count(CorrectionFilter filter) {
        return queries.count(filter);
    }

    /**
     * How often each model answer met each correct label among the filtered corrections, a number's
     * digits read wrong one by one ({@link Confusion#digitByDigit}).
     */
    public List<Confusion> confusion(CorrectionFilter filter) {
        return Confusion.digitByDigit(queries.confusion(filter));
    }

    public List<String> modelVersions() {
        return queries.modelVersions();
    }

    /** The accepted corrections' digits as an IDX pair (zipped), as training reads MNIST (audited; see {@link Exports}). */
    public int exportIdx(OutputStream out) throws IOException {
        int count = exports.idx(out);
        audit.record("export-idx", count + " images");
        return count;
    }

    /** The accepted corrections' digits, and their drawings of "not a digit", as retraining takes them. */
    public List<TrainingInput> trainingInputs() {
        return exports.trainingInputs();
    }

    /** The accepted corrections as CSV (audited). */
    public int exportCsv(OutputStream out) throws IOException {
        int count = exports.csv(out);
        audit.record("export-csv", count + " corrections");
        return count;
    }

    /** The accepted corrections' drawings as a zip of PNGs (audited). */
    public int exportPngs(OutputStream out) throws IOException {
        int count = exports.pngs(out);
        audit.record("export-png", count + " drawings");
        return count;
    }

    /** Deletes one correction (an admin's action, audited); false when there was none with that id. */
    @Transactional
    public boolean delete(long id) {
        if (!repository.existsById(id)) {
            return false;
        }
        repository.deleteById(id);
        audit.record("delete", "correction " + id);
        return true;
    }

    /** Deletes corrections (an admin's action, audited). */
    @Transactional
    public void deleteAll(Collection<Long> ids) {
        repository.deleteAllById(ids);
        audit.record("delete", "corrections " + ids);
    }

    /** Accepts corrections for training, or discards them (audited); answers how many there were. */
    @Transactional
    public int review(Collection<Long> ids, Status status) {
        if (ids.isEmpty()) {
            return 0;
        }
        int changed = repository.updateStatus(ids, status);
        audit.record(reviewAction(status), "corrections " + ids);
        return changed;
    }

    /**
     * Accepts for training, or discards, every correction the filter lets through, however many,
     * without loading them (audited with the filter); answers how many.
     */
    @Transactional
    public int reviewMatching(CorrectionFilter filter, Status status) {
        int changed = queries.review(filter, status);
        audit.record(reviewAction(status), changed + " corrections matching the filter: " + filter.describe());
        return changed;
    }

    private static String reviewAction(Status status) {
        return status == Status.ACCEPTED ? "accept" : status.name().toLowerCase(Locale.ROOT);
    }

    /** Deletes the corrections made before {@code before} (audited); answers how many. */
    @Transactional
    int purgeCreatedBefore(Instant before) {
        int purged = repository.deleteCreatedBefore(before);
        audit.record("purge", purged + " corrections made before " + before);
        return purged;
    }

    /** The model's answer as text: the digit, "?" when unsure, or "not-a-digit". */
    static String answerOf(Prediction prediction) {
        return switch (prediction.verdict()) {
            case DIGIT -> String.valueOf(prediction.digit());
            case UNSURE -> UNSURE_ANSWER;
            case NOT_A_DIGIT -> Labels.NOT_A_DIGIT;
        };
    }

    private static String probabilitiesOf(Prediction prediction) {
        StringJoiner joined = new StringJoiner(",");
        for (float p : prediction.probabilities()) {
            joined.add(Float.toString(p));
        }
        return joined.add(Float.toString(prediction.notADigitProbability())).toString();
    }
}
