package com.digitrecognizer.training;

import com.digitrecognizer.recognition.LineContract;
import com.digitrecognizer.recognition.LinePath;
import com.digitrecognizer.recognition.ModelContract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Trains the line reader of a model version ({@link LineNetwork}) on numbers written with MNIST
 * training digits and in handwriting fonts ({@link WrittenLines}), and writes it into the
 * version's folder {@value LineContract#FOLDER}. Judged along the way on numbers written with the
 * validation digits, which neither network has seen.
 * <pre>./mvnw -Ptrain compile exec:java@line-reader [-Dline-reader.args="--model saved_model --steps 10000
 *     --font-digits 60 --font-lines 0.25 [--warped 0.5] [--leave-out Breip.ttf,Kristi.ttf] [--resume true]"]</pre>
 * {@code --warped} is the share of marks bent by a smooth random warp (none by default);
 * {@code --leave-out} names font files not to learn from, to measure the line reader on fonts it never saw.
 */
public final class LineCommand {

    private static final Set<String> OPTIONS = Set.of("data", "model", "steps", "batch", "seed", "learning-rate",
            "font-digits", "font-lines", "warped", "leave-out", "resume");
    /** Non-digits that look like none in a number: no bars, pieces of digits or digit pairs. */
    private static final Set<NonDigits.Kind> MARKS = Set.of(NonDigits.Kind.LETTER, NonDigits.Kind.SYMBOL,
            NonDigits.Kind.SCRIBBLE);
    private static final int NOT_DIGITS = 20_000;
    /** Wide enough for 7 digits at full height, with room between. */
    static final int WIDTH = 192;
    static final int STEPS = 10_000;
    private static final int BATCH = 64;
    private static final double LEARNING_RATE = 1e-3;
    /** The share of lines written in one of the fonts, where fonts are given. */
    private static final double FONT_LINES = 0.25;
    private static final int VALIDATION_LINES = 1000;
    private static final int REPORT_EVERY = 250;

    private LineCommand() {
    }

    /**
     * How the line reader trains: Adam steps of {@code batch} lines, the rate decaying from
     * {@code rate}; a new one on the digit network, or, {@code resume}d, the model's own polished;
     * {@code fontLines} of the lines written in a font, where fonts are given; {@code warped} of
     * the marks bent by a smooth random warp.
     */
    record Settings(int steps, int batch, double rate, long seed, boolean resume, double fontLines, double warped) {

        /** {@code steps} steps of the shipped line reader's batch, rate and share of font lines, for a new one. */
        static Settings of(int steps, long seed) {
            return new Settings(steps, BATCH, LEARNING_RATE, seed, false, FONT_LINES, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, OPTIONS);
        MnistFiles files = MnistFiles.locate(options.path("data"), Path.of("target", "mnist"));
        files.verify();
        Settings settings = new Settings(options.integer("steps", STEPS), options.integer("batch", BATCH),
                options.decimal("learning-rate", LEARNING_RATE), options.integer("seed", 42),
                options.yesNo("resume", false), options.decimal("font-lines", FONT_LINES),
                options.decimal("warped", 0));
        int perDigit = options.integer("font-digits", 60);
        FontDigits.Written fontDigits = perDigit == 0 ? FontDigits.Written.NONE
                : FontDigits.ofInstalled(perDigit, options.text("leave-out", ""), settings.seed());
        MnistData mnistTrain = files.train();
        train(Path.of(options.text("model", "saved_model")), HeldOut.trainingDigits(mnistTrain), fontDigits,
                HeldOut.validationDigits(mnistTrain), settings, System.out);
    }

    /**
     * Trains a line reader on the digit network of the model in {@code model} and writes it into
     * the model's folder {@value LineContract#FOLDER}: lines of {@code digits} and the font
     * digits of {@code fonts}, and lines written in its fonts; judged on lines of
     * {@code validationDigits}, which neither network trained on. Answers the share of those
     * lines it reads exactly in the end.
     */
    static double train(Path model, MnistData digits, FontDigits.Written fonts, MnistData validationDigits,
                        Settings settings, PrintStream out) throws IOException, InterruptedException {
        FoldedCnn.Weights digitNetwork = FoldedCnn.read(model);
        Path trained = LineContract.folderIn(model);
        if (settings.resume() && trained == null) {
            throw new IllegalArgumentException("No line reader to resume in " + model.toAbsolutePath());
        }
        requireShare("--font-lines", "lines", settings.fontLines());
        requireShare("--warped", "marks", settings.warped());
        WrittenLines lines = new WrittenLines(Examples.digits(digits).plus(fonts.examples()),
                notDigits(digits, settings.seed()), fonts.fonts(), settings.fontLines(), settings.warped(), WIDTH,
                settings.seed());
        WrittenLines.Line[] validation = validationLines(validationDigits);
        BlockingQueue<WrittenLines.Line[]> batches = new ArrayBlockingQueue<>(8);
        Thread writer = Thread.ofPlatform().daemon().start(() -> write(lines, settings.batch(), batches));
        long start = System.nanoTime();
        try (LineNetwork network = settings.resume()
                ? new LineNetwork(digitNetwork, FoldedCnn.read(trained), settings.seed())
                : new LineNetwork(digitNetwork, settings.seed())) {
            double lossSum = 0;
            double exact = 0;
            float[] pixels = new float[settings.batch() * LineContract.HEIGHT * WIDTH];
            int[][] labels = new int[settings.batch()][];
            for (int step = 1; step <= settings.steps(); step++) {
                WrittenLines.Line[] batch = batches.take();
                for (int i = 0; i < batch.length; i++) {
                    System.arraycopy(batch[i].pixels(), 0, pixels, i * batch[i].pixels().length, batch[i].pixels().length);
                    labels[i] = batch[i].digits();
                }
                // cosine decay to a hundredth of the rate
                float rate = (float) (settings.rate() * (0.01 + 0.99 * 0.5 * (1 + Math.cos(Math.PI * step / settings.steps()))));
                lossSum += network.train(pixels, WIDTH, labels, batch.length, rate);
                if (step % REPORT_EVERY == 0 || step == settings.steps()) {
                    exact = exact(network, validation);
                    out.printf(Locale.ROOT, "line reader step %d: loss %.4f, validation lines read exactly %.2f %%, %.0f s%n",
                            step, lossSum / REPORT_EVERY, 100 * exact, (System.nanoTime() - start) / 1e9);
                    lossSum = 0;
                }
            }
            Path folder = model.resolve(LineContract.FOLDER);
            network.export(folder);
            out.printf(Locale.ROOT, "Saved the line reader in %s (%.0f s)%n", folder.toAbsolutePath(),
                    (System.nanoTime() - start) / 1e9);
            return exact;
        } finally {
            writer.interrupt();
        }
    }

    private static void requireShare(String option, String of, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(option + " is a share of the " + of + ", from 0 to 1: " + share);
        }
    }

    private static void write(WrittenLines lines, int batch, BlockingQueue<WrittenLines.Line[]> batches) {
        try {
            while (true) {
                WrittenLines.Line[] next = new WrittenLines.Line[batch];
                for (int i = 0; i < batch; i++) {
                    next[i] = lines.next();
                }
                batches.put(next);
            }
        } catch (InterruptedException done) {
            Thread.currentThread().interrupt();
        }
    }

    /** Marks that are no digit, drawn with the help of {@code digits}. */
    private static Examples notDigits(MnistData digits, long seed) {
        NonDigits.Samples samples = new NonDigits(seed, digits).generate(NOT_DIGITS);
        Examples all = Examples.notDigits(samples);
        float[] images = new float[all.images().length];
        int kept = 0;
        for (int i = 0; i < samples.size(); i++) {
            if (MARKS.contains(samples.kinds()[i])) {
                all.copyImage(i, images, kept++ * ModelContract.PIXELS);
            }
        }
        return new Examples(Arrays.copyOf(images, kept * ModelContract.PIXELS), Arrays.copyOf(all.labels(), kept));
    }

    /** The lines every line reader is judged on: numbers of {@code digits}, the same for every run. */
    static WrittenLines.Line[] validationLines(MnistData digits) {
        WrittenLines lines = new WrittenLines(Examples.digits(digits), notDigits(digits, HeldOut.VALIDATION_SEED), WIDTH,
                HeldOut.VALIDATION_SEED);
        WrittenLines.Line[] validation = new WrittenLines.Line[VALIDATION_LINES];
        Arrays.setAll(validation, i -> lines.next());
        return validation;
    }

    /** The share of {@code lines} whose best path is exactly their digits. */
    static double exact(LineNetwork network, WrittenLines.Line[] lines) {
        int size = LineContract.HEIGHT * WIDTH;
        int positions = LineContract.positions(WIDTH);
        int right = 0;
        for (int from = 0; from < lines.length; from += 100) {
            int count = Math.min(100, lines.length - from);
            float[] pixels = new float[count * size];
            for (int i = 0; i < count; i++) {
                System.arraycopy(lines[from + i].pixels(), 0, pixels, i * size, size);
            }
            float[] steps = network.probabilities(pixels, WIDTH, count);
            for (int i = 0; i < count; i++) {
                int[] read = LinePath.of(steps, i * positions * LineContract.CLASSES, positions).digits().stream()
                        .mapToInt(LinePath.Digit::digit).toArray();
                right += Arrays.equals(read, lines[from + i].digits()) ? 1 : 0;
            }
        }
        return (double) right / lines.length;
    }
}
