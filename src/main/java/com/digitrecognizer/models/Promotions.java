package com.digitrecognizer.models;

import com.digitrecognizer.models.ModelCatalog.Found;
import com.digitrecognizer.models.ModelRegistryException.Problem;
import com.digitrecognizer.models.ModelStore.Promotion;
import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.LiveModel;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.ModelLoader;
import com.digitrecognizer.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Puts a version in service on this instance: one promoted here (recorded in the database first,
 * where a concurrent promotion may win) or one promoted by another instance. The new model is
 * loaded and warmed before the swap, so recognitions never wait for either; a version whose model is already
 * in service (the same card version) is not loaded twice.
 */
final class Promotions {

    private static final Logger log = LoggerFactory.getLogger(Promotions.class);

    private final ModelStore store;
    private final ModelCatalog catalog;
    private final ModelLoader loader;
    private final LiveModel live;
    private final AuditLog audit;
    private long missedRevision = -1; // the live row last found unservable here, warned of once

    Promotions(ModelStore store, ModelCatalog catalog, ModelLoader loader, LiveModel live, AuditLog audit) {
        this.store = store;
        this.catalog = catalog;
        this.loader = loader;
        this.live = live;
        this.audit = audit;
    }

    Promotion promote(int number, String who, long expectedRevision) {
        Found version = catalog.get(number).orElseThrow(() -> new ModelRegistryException(Problem.UNKNOWN_VERSION,
                "There is no model version " + number + "."));
        if (!version.ok()) {
            throw new ModelRegistryException(Problem.BROKEN, "Model version " + number
                    + " is broken and can never go live: " + version.result().brokenReason());
        }
        GateResult gate = store.gates().get(number);
        if (gate != null && !gate.passed()) {
            throw new ModelRegistryException(Problem.GATE_FAILED, "Model version " + number
                    + " did not pass its gate and may not go live: " + gate.reason());
        }
        DigitClassifier next = loadUnlessServing(version);
        Optional<Promotion> won;
        try {
            won = store.promote(number, expectedRevision, who, () -> audit.record("promote-model", "version " + number
                    + " (" + version.card().version() + ") made live for " + who));
        } catch (RuntimeException e) {
            close(next);
            throw e;
        }
        if (won.isEmpty()) {
            close(next);
            Promotion now = store.live().orElseThrow();
            throw new ModelRegistryException(Problem.CONFLICT, "Another promotion came first: version " + now.version()
                    + " was made live by " + now.promotedBy() + " at " + now.promotedAt() + ". Reload and try again.");
        }
        swapIn(next);
        // the promotion's own who and when: promoting the version live already changes neither
        log.info("Model version {} ({}) live, promoted by {} at {}", number, version.card().version(),
                won.get().promotedBy(), won.get().promotedAt());
        return won.get();
    }

    /**
     * Serves {@code row}, promoted by another instance, when its version is sound here; else keeps
     * the model in service (answered as the version whose card it carries) and warns once.
     */
    Promotion serve(Promotion row) {
        Optional<Found> version = catalog.get(row.version()).filter(Found::ok);
        if (version.isPresent()) {
            swapIn(loadUnlessServing(version.get()));
            log.info("Serving model version {} ({}), promoted by {} at {}", row.version(),
                    version.get().card().version(), row.promotedBy(), row.promotedAt());
            return row;
        }
        if (missedRevision != row.revision()) {
            missedRevision = row.revision();
            log.warn("Model version {} is live but is missing or broken in this instance's models folder; serving {}"
                    + " until it can be served", row.version(), live.card().version());
        }
        int serving = catalog.all().stream().filter(found -> found.ok() && servesAlready(found)).mapToInt(Found::number)
                .findFirst().orElse(0);
        return new Promotion(serving, row.revision(), null, null);
    }

    /** Loaded and warmed: TensorFlow's first call on a new session is slow, and must not be a request's. */
    private DigitClassifier loadUnlessServing(Found version) {
        if (servesAlready(version)) {
            return null;
        }
        DigitClassifier next = loader.load(version.directory());
        next.classify(new float[ModelContract.PIXELS], 1);
        return next;
    }

    private boolean servesAlready(Found version) {
        return version.card().version().equals(live.card().version());
    }

    private void swapIn(DigitClassifier next) {
        if (next != null) {
            live.swap(next);
        }
    }

    private static void close(DigitClassifier classifier) {
        if (classifier != null) {
            classifier.close();
        }
    }
}
