package com.digitrecognizer.training;

import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.corrections.TrainingInput;
import com.digitrecognizer.recognition.BenchRecognizers;
import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.Reading;
import com.digitrecognizer.recognition.Recognizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Retraining on corrected numbers: one writer ({@link QuirkyWriter}'s hand — a slashed zero, crossed
 * sevens) writes numbers of 2 to 5 of those digits. Those the shipped reader does not read exactly
 * are corrected with the right number, and give training digits as accepted corrections do
 * ({@link TrainingInput#of}: where as many digits were read as the number has); the model is
 * fine-tuned on them as a retraining job does ({@link FineTune}, a fifth held out); then the
 * gate's figures before and after, and fresh numbers of the same writer read through the whole
 * reader before and after.
 * <pre>./mvnw -Pbench test-compile exec:exec@bench -Dbench.main=com.digitrecognizer.training.NumberCorrectionsLearning
 *     -Dbench.args="[--numbers 600] [--data DIR] [--from saved_model]"</pre>
 */
public final class NumberCorrectionsLearning {

    private static final int DIGIT_HEIGHT = 100;

    private NumberCorrectionsLearning() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("numbers", "data", "from"));
        Path parent = Path.of(options.text("from", "saved_model"));
        Path data = options.path("data") != null ? options.path("data") : Path.of("target", "mnist");
        int count = options.integer("numbers", 600);
        List<Number> written = write(count, 7);
        List<Number> fresh = write(count, 8);

        List<TrainingInput> inputs = new ArrayList<>();
        int corrected = 0;
        int freshBefore;
        try (DigitClassifier classifier = DigitClassifier.load(parent, 2);
             Recognizer recognizer = BenchRecognizers.of(classifier, false)) {
            for (Number number : written) {
                Reading reading = recognizer.read(number.drawing());
                if (!isRight(reading, number)) {
                    corrected++;
                    inputs.addAll(TrainingInput.of(corrected, Corrections.networkInputs(reading), number.text()));
                }
            }
            freshBefore = readExactly(recognizer, fresh);
        }
        System.out.printf(Locale.ROOT, "%d numbers written, %d not read exactly and corrected, giving %d training digits%n",
                count, corrected, inputs.size());

        CorrectionSet corrections = CorrectionSet.ofStored(inputs.stream().map(TrainingInput::networkInput).toList(),
                inputs.stream().mapToInt(TrainingInput::label).toArray(),
                inputs.stream().mapToLong(TrainingInput::correction).toArray());
        FineTune.Settings settings = FineTune.Settings.defaults();
        Gate gate = Gate.of(data, corrections.split(settings.seed()).heldOut());
        GateFigures before;
        try (DigitClassifier classifier = DigitClassifier.load(parent, 2)) {
            before = gate.measure(classifier);
        }
        Path staging = Files.createTempDirectory("fine-tune").resolve("candidate");
        long start = System.nanoTime();
        new FineTune(settings).run(parent, data, corrections, staging, progress -> { }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        GateFigures after;
        int freshAfter;
        try (DigitClassifier classifier = DigitClassifier.load(staging, 2);
             Recognizer recognizer = BenchRecognizers.of(classifier, false)) {
            after = gate.measure(classifier);
            freshAfter = readExactly(recognizer, fresh);
        }
        System.out.printf(Locale.ROOT, "fine-tuned in %.0f s%nbefore: %s%nafter:  %s%ngate: %s%n", seconds, before, after,
                Gate.shortfall(after, before).orElse("passed"));
        System.out.printf(Locale.ROOT, "the writer's %d fresh numbers read exactly: %d before, %d after%n", count,
                freshBefore, freshAfter);
    }

    /** A number the writer wrote: its digits and the drawing. */
    private record Number(String text, InkRaster drawing) {
    }

    /** {@code count} numbers of 2 to 5 digits, each a slashed zero or a crossed seven, side by side. */
    private static List<Number> write(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Hand hand = new Hand(random);
        List<Number> numbers = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int length = 2 + random.nextInt(4);
            StringBuilder text = new StringBuilder();
            List<InkRaster> digits = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                boolean seven = random.nextBoolean();
                text.append(seven ? 7 : QuirkyWriter.Quirk.SLASHED_ZERO.digit);
                InkRaster drawn = hand.draw(seven ? QuirkyWriter.CROSSED_SEVEN : QuirkyWriter.Quirk.SLASHED_ZERO.skeleton,
                        Hand.Style.UPRIGHT);
                digits.add(scaled(drawn, DIGIT_HEIGHT));
            }
            numbers.add(new Number(text.toString(), sideBySide(digits, random)));
        }
        return numbers;
    }

    /** The drawing resized (nearest pixel) to {@code height}, its proportions kept: one writer writes one size. */
    private static InkRaster scaled(InkRaster drawing, int height) {
        int width = Math.max(1, (int) Math.round((double) drawing.width() * height / drawing.height()));
        byte[] coverage = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                coverage[y * width + x] = drawing.coverage()[(y * drawing.height() / height) * drawing.width()
                        + x * drawing.width() / width];
            }
        }
        return new InkRaster(width, height, coverage);
    }

    /** The digits on one line, a fifth to a third of their height apart, their feet a little uneven. */
    private static InkRaster sideBySide(List<InkRaster> digits, SplittableRandom random) {
        int margin = DIGIT_HEIGHT / 5;
        int[] gaps = new int[digits.size()];
        int width = 2 * margin;
        for (int i = 0; i < digits.size(); i++) {
            gaps[i] = i == 0 ? 0 : DIGIT_HEIGHT / 5 + random.nextInt(DIGIT_HEIGHT / 7);
            width += gaps[i] + digits.get(i).width();
        }
        int height = DIGIT_HEIGHT + 2 * margin;
        byte[] page = new byte[width * height];
        int left = margin;
        for (int i = 0; i < digits.size(); i++) {
            InkRaster digit = digits.get(i);
            left += gaps[i];
            int top = margin + random.nextInt(-margin / 2, margin / 2 + 1);
            for (int y = 0; y < digit.height(); y++) {
                for (int x = 0; x < digit.width(); x++) {
                    int at = (top + y) * width + left + x;
                    page[at] = (byte) Math.max(page[at] & 0xff, digit.coverage()[y * digit.width() + x] & 0xff);
                }
            }
            left += digit.width();
        }
        return new InkRaster(width, height, page);
    }

    private static boolean isRight(Reading reading, Number number) {
        return reading.accepted() && reading.text().equals(number.text());
    }

    private static int readExactly(Recognizer recognizer, List<Number> numbers) {
        int right = 0;
        for (Number number : numbers) {
            right += isRight(recognizer.read(number.drawing()), number) ? 1 : 0;
        }
        return right;
    }
}
