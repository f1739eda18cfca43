package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.LineContract;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Fine-tunes the shipped model on a small subset of MNIST and one writer's corrections: the
 * served result learns the writer's style, the gate judges it on real measurements, and a
 * cancelled run leaves nothing behind.
 */
class FineTuneTest {

    static final Path SHIPPED = Path.of("saved_model");
    /** Few steps, so a higher rate and more repeats than the job's defaults. */
    private static final FineTune.Settings QUICK = new FineTune.Settings(1, 64, 1e-3, 1e-4, 3, 5, 10, 2, 0.02);

    private static FineTune.Data data;
    private static CorrectionSet corrections;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        MnistData fixture = IdxReaderTest.trainingFixture();
        data = new FineTune.Data(fixture.head(2000), fixture.tail(1000), IdxReaderTest.testDigits().head(1000), Map.of());
        corrections = QuirkyWriter.corrections(QuirkyWriter.Quirk.SLASHED_ZERO, 150, 11);
    }

    @Test
    void learnsTheWritersStyleAndTheGateMeasuresItAsServingAnswers() throws IOException {
        Path staged = dir.resolve("candidate");
        List<TrainingProgress> reports = Collections.synchronizedList(new ArrayList<>());

        FineTune.Result result = new FineTune(QUICK).run(SHIPPED, data, corrections, staged,
                reports::add, () -> false);

        ModelCard.FineTuning fineTuning = result.card().fineTuning();
        assertThat(result.heldOut().size()).isEqualTo(30);
        assertThat(fineTuning.correctionsTrained()).isEqualTo(120);
        assertThat(fineTuning.parentVersion()).isEqualTo(ModelCard.read(SHIPPED).version());
        // the card names the parent's layers, whatever their widths, as fine-tuned once however often
        String architecture = result.card().architecture();
        assertThat(architecture).isEqualTo("fine-tuned with batch normalisation folded in: "
                + ModelCard.read(SHIPPED).architecture());
        assertThat(FineTune.fineTuned(architecture)).isEqualTo(architecture);
        assertThat(fineTuning.heldOutCorrectionsAccuracy())
                .isGreaterThanOrEqualTo(fineTuning.parentHeldOutCorrectionsAccuracy() + 0.2);
        // one run to the listener: the second network's pass counts on from the first's epochs
        assertThat(reports).isNotEmpty().allSatisfy(progress -> assertThat(progress.epochs()).isEqualTo(2));
        assertThat(reports.getFirst().epoch()).isEqualTo(1);
        assertThat(reports.getLast().epoch()).isEqualTo(2);
        assertThat(reports).extracting(TrainingProgress::epoch).isSorted();
        // the parent's line reader comes along, as it was
        assertThat(staged.resolve(LineContract.FOLDER).resolve("saved_model.pb"))
                .hasSameBinaryContentAs(SHIPPED.resolve(LineContract.FOLDER).resolve("saved_model.pb"));
        // and its second digit network learns the same corrections
        ModelCard.FineTuning second = ModelCard.read(staged.resolve(ModelContract.SECOND_FOLDER)).fineTuning();
        assertThat(second.parentVersion()).isEqualTo(ModelCard.read(SHIPPED.resolve(ModelContract.SECOND_FOLDER)).version());
        assertThat(second.heldOutCorrectionsAccuracy()).isGreaterThanOrEqualTo(second.parentHeldOutCorrectionsAccuracy() + 0.2);

        // the shipped first network beside the candidate's second: the gate must see the second network too
        Path mixed = dir.resolve("mixed");
        Folders.copy(SHIPPED, mixed);
        Folders.delete(mixed.resolve(ModelContract.SECOND_FOLDER));
        Folders.copy(staged.resolve(ModelContract.SECOND_FOLDER), mixed.resolve(ModelContract.SECOND_FOLDER));

        Gate gate = new Gate(data.test(), result.heldOut());
        try (DigitClassifier live = DigitClassifier.load(SHIPPED, 2);
             DigitClassifier candidate = DigitClassifier.load(staged, 2);
             DigitClassifier secondTuned = DigitClassifier.load(mixed, 2)) {
            GateFigures liveFigures = gate.measure(live);
            GateFigures candidateFigures = gate.measure(candidate);

            assertThat(candidateFigures.correctionsAccuracy()).isGreaterThanOrEqualTo(liveFigures.correctionsAccuracy() + 0.2);
            assertThat(gate.measure(secondTuned).correctionsAccuracy()).isGreaterThan(liveFigures.correctionsAccuracy());
            assertThat(Gate.shortfall(liveFigures, liveFigures)).isEmpty();
            // the live model against the candidate: it has not learnt the corrections
            assertThat(Gate.shortfall(liveFigures, candidateFigures)).hasValueSatisfying(
                    reason -> assertThat(reason).contains("held-out corrections"));
        }
    }

    @Test
    void aPassOfTwoIsReportedAsHalfOfOneRunItsTimeLeftIncludingTheNextPass() {
        List<TrainingProgress> heard = new ArrayList<>();
        TrainingProgress quarterDone = new TrainingProgress(1, 1, 25, 100, 0.5, 0.9, 1000, Duration.ofSeconds(30));

        FineTune.pass(heard::add, 0, 2).progress(quarterDone);
        FineTune.pass(heard::add, 1, 2).progress(quarterDone);

        assertThat(heard).extracting(TrainingProgress::epoch, TrainingProgress::epochs, TrainingProgress::eta)
                .containsExactly(tuple(1, 2, Duration.ofSeconds(30 + 40)), tuple(2, 2, Duration.ofSeconds(30)));
        TrainingListener alone = progress -> { };
        assertThat(FineTune.pass(alone, 0, 1)).isSameAs(alone);
    }

    @Test
    void correctionsThatAreNoDigitCountInThePriorTheCalibrationMoves() throws IOException {
        NonDigits.Samples drawings = new NonDigits(5, data.train()).generate(50);
        int[] labels = new int[drawings.size()];
        Arrays.fill(labels, ModelContract.NOT_A_DIGIT);

        ModelCard card = new FineTune(QUICK).run(SHIPPED, data, new CorrectionSet(drawings.images(), labels),
                dir.resolve("candidate"), progress -> {
                }, () -> false).card();

        // an epoch: 2,000 digits, 400 generated non-digits (1 per 5), 40 corrections repeated 10 times
        assertThat(card.calibration().notADigitShareInTraining()).isCloseTo(800.0 / 2800, within(1e-9));
    }

    @Test
    void aCancelledRunLeavesNoFolder() {
        Path staged = dir.resolve("candidate");
        AtomicInteger steps = new AtomicInteger();

        assertThatThrownBy(() -> new FineTune(QUICK).run(SHIPPED, data, corrections, staged, progress -> {
        }, () -> steps.incrementAndGet() > 3)).isInstanceOf(CancellationException.class);

        assertThat(steps.get()).isEqualTo(4);
        assertThat(staged).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theGateWantsMnistWithinATwentiethOfAPointAndNothingWorseElsewhere() {
        GateFigures live = new GateFigures(0.9950, 0.40, 30, 0.90);

        assertThat(Gate.shortfall(new GateFigures(0.9945, 0.40, 30, 0.90), live)).isEmpty();
        assertThat(Gate.shortfall(new GateFigures(0.9944, 0.90, 30, 0.95), live)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("MNIST test accuracy 99.44 %"));
        assertThat(Gate.shortfall(new GateFigures(0.9960, 0.39, 30, 0.95), live)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("accuracy on the held-out corrections"));
        assertThat(Gate.shortfall(new GateFigures(0.9960, 0.90, 30, 0.89), live)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("non-digits refused"));
    }
}
