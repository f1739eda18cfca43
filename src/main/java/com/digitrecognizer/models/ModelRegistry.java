package com.digitrecognizer.models;

import com.digitrecognizer.models.ModelCatalog.Found;
import com.digitrecognizer.models.ModelRegistryException.Problem;
import com.digitrecognizer.models.ModelStore.Promotion;
import com.digitrecognizer.recognition.LiveModel;
import com.digitrecognizer.recognition.ModelLoader;
import com.digitrecognizer.security.AuditLog;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model's versions and which one is live. The folder holds the versions (TensorFlow Serving's
 * layout), the database which one is live for every instance; this instance serves that one,
 * swapped in without a restart ({@link LiveModel}) when it is promoted here or, within a poll
 * interval, elsewhere ({@link #sync()}).
 */
@Service
public class ModelRegistry {

    private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);
    private static final int FIRST = 1;
    private static final String SYSTEM = "system";

    private final ModelsProperties properties;
    private final ModelFolders folders;
    private final ModelCatalog catalog;
    private final ModelCheck check;
    private final ModelStore store;
    private final Promotions promotions;
    private volatile Promotion served; // the live row this instance serves
    private volatile boolean liveRecorded; // the database has a live version (set at the first start)

    ModelRegistry(ModelsProperties properties, ModelStore store, ModelLoader loader, LiveModel live, AuditLog audit) {
        this.properties = properties;
        this.folders = new ModelFolders(properties.versionsDir());
        this.check = new ModelCheck(loader);
        this.catalog = new ModelCatalog(folders, check, properties.settle(), Clock.systemUTC());
        this.store = store;
        this.promotions = new Promotions(store, catalog, loader, live, audit);
    }

    /** At the first start the shipped model becomes version 1, live; then this instance serves the live one. */
    @PostConstruct
    void start() {
        if (folders.list().isEmpty() && folders.copyAs(properties.shipped(), FIRST)) {
            log.info("Registered the shipped model {} as version {} in {}", properties.shipped(), FIRST,
                    properties.versionsDir().toAbsolutePath());
        }
        folders.list().forEach(catalog::checkNow); // settled or not: the live one must be known before the first request
        try {
            sync();
        } catch (DataAccessException | TransactionException e) {
            log.warn("The database cannot tell which model version is live ({}): serving the model loaded at "
                    + "start-up until it can", e.getMostSpecificCause().getMessage());
        }
    }

    /**
     * Takes in new version folders, and serves the live version if another instance promoted one;
     * the first time the database answers, makes version 1 live if none is.
     */
    void sync() {
        catalog.refresh();
        if (!liveRecorded) {
            store.liveAtFirstStart(FIRST, SYSTEM);
            liveRecorded = true;
        }
        store.live().ifPresent(this::serve);
    }

    public List<ModelVersion> versions() {
        Map<Integer, GateResult> gates = store.gates();
        Map<Integer, Promotion> last = store.lastPromotions();
        return catalog.all().stream().map(found -> version(found, gates.get(found.number()), last.get(found.number())))
                .toList();
    }

    /** The version this instance serves. */
    public ModelVersion live() {
        int number = served().version();
        return find(number).orElseThrow(() -> new IllegalStateException(
                "The live version " + number + " is no longer in " + properties.versionsDir()));
    }

    public Optional<ModelVersion> find(int number) {
        return catalog.get(number).map(found -> version(found, store.gates().get(number),
                store.lastPromotions().get(number)));
    }

    /** Promotes (or rolls back to) {@code number} unless a promotion this instance has not seen yet came first. */
    public ModelVersion promote(int number, String who) {
        return promote(number, who, served().revision());
    }

    /**
     * Promotes {@code number} if the live row is still at {@code expectedRevision} (the revision its
     * caller saw): of two admins promoting at once, one wins, the other gets {@link Problem#CONFLICT}.
     */
    public synchronized ModelVersion promote(int number, String who, long expectedRevision) {
        served = promotions.promote(number, who, expectedRevision);
        return find(number).orElseThrow();
    }

    /** The live row every promotion must name: {@link #promote(int, String, long)}'s expected revision. */
    public long liveRevision() {
        return served().revision();
    }

    /** The live row this instance serves; refused until the database has said which it is. */
    private Promotion served() {
        Promotion current = served;
        if (current == null) {
            throw new ModelRegistryException(Problem.NOT_KNOWN_YET, "Which model version is live is not known yet: "
                    + "the database has not answered since the start; the loaded model is served meanwhile");
        }
        return current;
    }

    /**
     * Checks the model in {@code trainedFolder}, copies it in as the next version with its gate result,
     * and promotes it if {@code models.auto-promote} is on and it passed the gate.
     */
    public synchronized ModelVersion add(Path trainedFolder, GateResult gate, String addedBy) {
        ModelCheck.Result checked = check.check(trainedFolder);
        if (!checked.ok()) {
            throw new ModelRegistryException(Problem.BROKEN, "The model in " + trainedFolder
                    + " cannot serve: " + checked.brokenReason());
        }
        int number = folders.copyAsNext(trainedFolder);
        store.added(number, gate, addedBy);
        catalog.checkNow(number, properties.versionsDir().resolve(String.valueOf(number)));
        log.info("Added model version {} ({}) from {} for {}", number, checked.card().version(), trainedFolder, addedBy);
        if (properties.autoPromote() && gate != null && gate.passed()) {
            return promote(number, addedBy);
        }
        return find(number).orElseThrow();
    }

    /** Serves a newer live row than this instance's (a row read before a promotion here is older, and ignored). */
    private synchronized void serve(Promotion row) {
        boolean newer = served == null || row.revision() > served.revision();
        boolean notYetServable = served != null && row.revision() == served.revision() && row.version() != served.version();
        if (newer || notYetServable) {
            served = promotions.serve(row);
        }
    }

    private ModelVersion version(Found found, GateResult gate, Promotion last) {
        Promotion current = served;
        return new ModelVersion(found.number(), found.card() == null ? null : found.card().version(), found.card(),
                found.directory(), found.ok() ? ModelVersion.Status.OK : ModelVersion.Status.BROKEN,
                found.result().brokenReason(), gate, current != null && current.version() == found.number(),
                last == null ? null : last.promotedBy(), last == null ? null : last.promotedAt());
    }
}
