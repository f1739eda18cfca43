package com.digitrecognizer.training;

import com.digitrecognizer.recognition.LineContract;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Fine-tunes a served model on MNIST and people's corrections: the parent's folded network
 * ({@link FoldedCnn}) trained at a small learning rate on the training digits, the corrections
 * (a fifth held out, the rest each seen {@code oversampling} times an epoch) and fresh
 * non-digits, augmented as in training; then calibrated and exported with its card into a
 * staging folder, and the parent's second digit network, when it has one, the same way. A run
 * that fails or is cancelled leaves no folder behind.
 */
public final class FineTune {

    /**
     * {@code trainableLayers}: how many of the last layers learn (the convolutions before them
     * keep the features MNIST taught); {@code expectedNotADigitShare}: the share of drawings in
     * use that are no digit, as {@link TrainCommand} assumes it.
     */
    public record Settings(int epochs, int batchSize, double initialRate, double finalRate, long seed,
                           int digitsPerNegative, int oversampling, int trainableLayers, double expectedNotADigitShare) {

        /** What the retraining job uses unless told otherwise: one epoch, measured in bench/RESULTS.md. */
        public static Settings defaults() {
            return new Settings(1, 128, 2e-4, 2e-5, 42, 5, 8, 2, 0.02);
        }

        Trainer.Settings trainer() {
            return new Trainer.Settings(epochs, batchSize, initialRate, finalRate, seed, digitsPerNegative);
        }
    }

    /** The staged model, its card, and the held-out corrections a gate should test it on. */
    public record Result(Path folder, ModelCard card, CorrectionSet heldOut) {
    }

    private static final String FINE_TUNED = "fine-tuned with batch normalisation folded in: ";

    private final Settings settings;
    private final FontDigits.Written extraDigits;

    public FineTune(Settings settings) {
        this(settings, FontDigits.Written.NONE);
    }

    /** A fine-tune that learns {@code extraDigits} beside the corrections, each once an epoch. */
    FineTune(Settings settings, FontDigits.Written extraDigits) {
        this.settings = settings;
        this.extraDigits = extraDigits;
    }

    /**
     * Fine-tunes the model in {@code parent} with the MNIST files in {@code mnistFolder} (fetched
     * there when missing, checked by SHA-256) into {@code staging}, which must not exist yet.
     *
     * @throws CancellationException when {@code cancelled} turned true; {@code staging} is gone
     */
    public Result run(Path parent, Path mnistFolder, CorrectionSet corrections, Path staging,
                      TrainingListener listener, BooleanSupplier cancelled) throws IOException, InterruptedException {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled before it began");
        }
        MnistFiles files = MnistFiles.at(mnistFolder);
        Map<String, String> checksums = files.verify();
        MnistData all = files.train();
        return run(parent, new Data(HeldOut.trainingDigits(all), HeldOut.validationDigits(all), files.test(), checksums),
                corrections, staging, listener, cancelled);
    }

    /** MNIST as split for a run: digits to train on, the validation split's digits, the test digits. */
    record Data(MnistData train, MnistData validation, MnistData test, Map<String, String> checksums) {
    }

    Result run(Path parent, Data data, CorrectionSet corrections, Path staging, TrainingListener listener,
               BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(staging.getParent());
        Files.createDirectory(staging);
        try {
            return tune(parent, data, corrections, staging, listener, cancelled);
        } catch (IOException | RuntimeException | Error e) {
            Folders.delete(staging);
            throw e;
        }
    }

    /**
     * The parent's digit network tuned into {@code staging}, its line reader copied as it is, and its
     * second digit network ({@link ModelContract#SECOND_FOLDER}) tuned the same way after it: averaged
     * with a network that never saw them, the corrections would count for half.
     */
    private Result tune(Path parent, Data data, CorrectionSet corrections, Path staging, TrainingListener listener,
                        BooleanSupplier cancelled) throws IOException {
        Path second = ModelContract.secondFolderIn(parent);
        int passes = second == null ? 1 : 2;
        Result result = tuneNetwork(parent, data, corrections, staging, pass(listener, 0, passes), cancelled);
        // the line reader keeps its own copy of the weights it learned on: it reads on as it did
        Path lineReader = parent.resolve(LineContract.FOLDER);
        if (Files.isDirectory(lineReader)) {
            Folders.copy(lineReader, staging.resolve(LineContract.FOLDER));
        }
        if (second != null) {
            tuneNetwork(second, data, corrections, Files.createDirectory(staging.resolve(ModelContract.SECOND_FOLDER)),
                    pass(listener, 1, passes), cancelled);
        }
        return result;
    }

    /**
     * {@code listener} told of pass {@code pass} (from 0) of {@code passes} as of one run: its epochs
     * counted on from the passes before, its time left including the passes after, each as long as this.
     */
    static TrainingListener pass(TrainingListener listener, int pass, int passes) {
        if (passes == 1) {
            return listener;
        }
        return p -> {
            long total = (long) p.epochs() * p.steps();
            long left = total - ((long) (p.epoch() - 1) * p.steps() + p.step());
            Duration onePass = left <= 0 ? p.eta() : p.eta().multipliedBy(total).dividedBy(left);
            listener.progress(new TrainingProgress(pass * p.epochs() + p.epoch(), passes * p.epochs(), p.step(),
                    p.steps(), p.loss(), p.accuracy(), p.imagesPerSecond(),
                    p.eta().plus(onePass.multipliedBy(passes - 1 - pass))));
        };
    }

    /** The parent's architecture, said to be fine-tuned (once, however many fine-tunes it descends from). */
    static String fineTuned(String parentArchitecture) {
        return parentArchitecture.startsWith(FINE_TUNED) ? parentArchitecture : FINE_TUNED + parentArchitecture;
    }

    private Result tuneNetwork(Path parent, Data data, CorrectionSet corrections, Path staging,
                               TrainingListener listener, BooleanSupplier cancelled) throws IOException {
        CorrectionSet.Split split = corrections.split(settings.seed());
        Examples heldOut = split.heldOut().examples();
        ModelCard parentCard = ModelCard.read(parent);
        OutputCalibration parentCalibration = calibration(parentCard);
        try (FoldedCnn network = FoldedCnn.load(parent, parentCalibration, settings.trainableLayers())) {
            double parentAccuracy = accuracy((images, count) -> parentCalibration.probabilities(
                    network.logits(images, count)), heldOut);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            Trainer.Outcome outcome = new Trainer(settings.trainer(), quiet, listener, cancelled)
                    .train(network, data.train(),
                            split.train().repeated(settings.oversampling()).plus(extraDigits.examples()), data.test());
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled after training");
            }
            ModelExport.Run run = new ModelExport.Run(fineTuned(parentCard.architecture()), data.train(),
                    extraDigits.description(), settings.trainer(), outcome,
                    data.checksums(), settings.expectedNotADigitShare(),
                    served -> new ModelCard.FineTuning(parentCard.version(), split.train().size(), split.heldOut().size(),
                            settings.oversampling(), accuracy(served, heldOut), parentAccuracy));
            ModelExport.Exported exported = ModelExport.calibrateAndExport(network,
                    HeldOut.of(data.validation(), data.test()), run, staging);
            return new Result(staging, exported.card(), split.heldOut());
        }
    }

    /** What the parent's card says was folded into its last layer; none for a card that does not say. */
    private static OutputCalibration calibration(ModelCard card) {
        return card.calibration() == null ? new OutputCalibration(new TemperatureScaling(1), 0)
                : new OutputCalibration(new TemperatureScaling(card.calibration().temperature()),
                card.calibration().notADigitLogitOffset());
    }

    /** Every answer counted; 0 for no examples. */
    static double accuracy(Evaluation.Model model, Examples examples) {
        return examples.size() == 0 ? 0 : Evaluation.of(examples.labels(), Evaluation.outputs(model, examples)).accuracy();
    }
}
