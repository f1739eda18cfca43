package com.digitrecognizer.models;

import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.training.CorrectionSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Retraining jobs, one at a time on one background thread, so that a job outlives the page that
 * started it. Every change of a job's status is kept (for the API), logged, and told to the
 * listeners (the admins' open views).
 */
@Service
public class RetrainJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetrainJobs.class);
    /**
     * Fine-tuning holds MNIST's training digits as floats (55,000 x 784 x 4 bytes, twice while the
     * corrections are added) beside the held-out sets: below this a job would run out of memory
     * half-way, and take the recognitions of the moment with it.
     */
    static final long LEAST_HEAP = 768L << 20;

    private final Corrections corrections;
    private final RetrainRun work;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("retrain")
            .daemon().factory());
    private final Map<Long, RetrainStatus> jobs = new ConcurrentHashMap<>();
    private final List<Consumer<RetrainStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile long running = -1;
    private volatile boolean cancelRequested;

    RetrainJobs(Corrections corrections, RetrainProperties settings, VersionSink versions) {
        this.corrections = corrections;
        this.work = new RetrainRun(settings, versions);
    }

    /**
     * Starts a job on the accepted corrections.
     *
     * @throws RetrainConflict when a job is running, there are no accepted corrections to learn from,
     *                         or too little memory
     */
    public synchronized RetrainStatus start(String who) {
        if (running >= 0) {
            throw new RetrainConflict("Retraining job " + running + " is already running: wait for it or cancel it");
        }
        if (Runtime.getRuntime().maxMemory() < LEAST_HEAP) {
            throw new RetrainConflict("Retraining needs a heap of at least " + (LEAST_HEAP >> 20) + " MB, this app has "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB: start it with JAVA_OPTS=-Xmx1g");
        }
        CorrectionSet set = RetrainRun.correctionSet(corrections.trainingInputs());
        if (set.size() == 0) {
            throw new RetrainConflict("There are no accepted corrections to learn from (a digit, \"not a digit\", or a"
                    + " number read with as many digits as it has): accept some in the Corrections view first");
        }
        long id = ids.incrementAndGet();
        running = id;
        cancelRequested = false;
        RetrainStatus status = update(RetrainStatus.started(id, who, set.size()));
        worker.execute(() -> run(id, set, who));
        return status;
    }

    private void run(long id, CorrectionSet set, String who) {
        RetrainStatus end;
        try {
            RetrainRun.Made made = work.run(id, set, who, progress -> update(jobs.get(id).with(progress)),
                    stage -> update(jobs.get(id).with(stage)), () -> cancelRequested);
            end = jobs.get(id).ended(RetrainStatus.State.SUCCEEDED, made.version(), made.gate(), made.gate().passed()
                    ? "version " + made.version() + " passed the gate" : "version " + made.version()
                    + " did not pass the gate: " + made.gate().reason());
        } catch (CancellationException e) {
            end = jobs.get(id).ended(RetrainStatus.State.CANCELLED, null, null, "cancelled");
        } catch (Exception | Error e) {
            log.error("Retraining job {} failed", id, e);
            end = jobs.get(id).ended(RetrainStatus.State.FAILED, null, null, "failed: " + e.getMessage());
        }
        running = -1; // first, so that whoever hears of the end may start the next job
        update(end);
    }

    public Optional<RetrainStatus> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The newest job, running or done, if there was any since the start. */
    public Optional<RetrainStatus> latest() {
        return Optional.ofNullable(jobs.get(ids.get()));
    }

    /** Asks job {@code id} to stop at its next step; false when it is not running. */
    public boolean cancel(long id) {
        if (running != id) {
            return false;
        }
        cancelRequested = true;
        log.info("Retraining job {}: cancel requested", id);
        return true;
    }

    public void addListener(Consumer<RetrainStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RetrainStatus> listener) {
        listeners.remove(listener);
    }

    private RetrainStatus update(RetrainStatus status) {
        jobs.put(status.id(), status);
        log.info("Retraining job {} {}: {}", status.id(), status.state(), status.running() && status.steps() > 0
                ? String.format("epoch %d/%d step %d/%d loss %.4f accuracy %.2f %% %.0f images/s ETA %d s",
                status.epoch(), status.epochs(), status.step(), status.steps(), status.loss(), status.accuracy() * 100,
                status.imagesPerSecond(), status.etaSeconds()) : status.message());
        listeners.forEach(listener -> listener.accept(status));
        return status;
    }

    @Override
    public void close() {
        cancelRequested = true;
        worker.shutdownNow();
    }

    /** Why a job cannot start: one is running, there is nothing to learn from, or too little memory. */
    public static final class RetrainConflict extends RuntimeException {
        RetrainConflict(String message) {
            super(message);
        }
    }
}
