package com.digitrecognizer.models;

import com.digitrecognizer.corrections.TrainingInput;
import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.training.CorrectionSet;
import com.digitrecognizer.training.FineTune;
import com.digitrecognizer.training.Gate;
import com.digitrecognizer.training.GateFigures;
import com.digitrecognizer.training.TrainingListener;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One retraining's work: fine-tune the live model on MNIST and the corrections into a staging
 * folder, measure the gate on the candidate and the live model alike, and hand the folder on as
 * a new version with its gate.
 */
final class RetrainRun {

    /** The TensorFlow threads of the gate's inferences: big batches. */
    private static final int GATE_THREADS = 2;

    private final RetrainProperties settings;
    private final VersionSink versions;

    RetrainRun(RetrainProperties settings, VersionSink versions) {
        this.settings = settings;
        this.versions = versions;
    }

    /**
     * Runs job {@code id}; answers the version made and its gate.
     *
     * @throws CancellationException when cancelled; nothing is left in the staging folder
     */
    Made run(long id, CorrectionSet corrections, String who, TrainingListener progress, Consumer<String> stage,
             BooleanSupplier cancelled) throws IOException, InterruptedException {
        VersionSink.LiveModel live = versions.live();
        Path staging = settings.stagingFolder().resolve("job-" + id);
        FileSystemUtils.deleteRecursively(staging); // left by a job the app's end cut short (ids restart with it)
        FineTune.Result result = new FineTune(settings.fineTune()).run(live.directory(), settings.mnistFolder(),
                corrections, staging, progress, cancelled);
        try {
            stage.accept("measuring the gate");
            GateResult gate = gate(Gate.of(settings.mnistFolder(), result.heldOut()), staging, live);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled while the gate was measured");
            }
            return new Made(versions.add(staging, gate, who), gate);
        } finally {
            FileSystemUtils.deleteRecursively(staging); // gone once added, or failed
        }
    }

    record Made(int version, GateResult gate) {
    }

    /** The corrections as training takes them: the images the network saw, their labels, and whose they are. */
    static CorrectionSet correctionSet(List<TrainingInput> inputs) {
        return CorrectionSet.ofStored(inputs.stream().map(TrainingInput::networkInput).toList(),
                inputs.stream().mapToInt(TrainingInput::label).toArray(),
                inputs.stream().mapToLong(TrainingInput::correction).toArray());
    }

    private static GateResult gate(Gate gate, Path candidate, VersionSink.LiveModel live) {
        GateFigures candidateFigures;
        GateFigures liveFigures;
        try (DigitClassifier model = DigitClassifier.load(candidate, GATE_THREADS)) {
            candidateFigures = gate.measure(model);
        }
        try (DigitClassifier model = DigitClassifier.load(live.directory(), GATE_THREADS)) {
            liveFigures = gate.measure(model);
        }
        Optional<String> shortfall = Gate.shortfall(candidateFigures, liveFigures);
        return new GateResult(candidateFigures.mnistTestAccuracy(), liveFigures.mnistTestAccuracy(),
                candidateFigures.correctionsAccuracy(), liveFigures.correctionsAccuracy(),
                candidateFigures.correctionsTestSize(), candidateFigures.nonDigitRefusal(),
                liveFigures.nonDigitRefusal(), live.name(), shortfall.isEmpty(),
                shortfall.orElse("passed: no worse than the live model on MNIST, the held-out corrections and non-digits"));
    }
}
