package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * How well numbers made another way are read: not {@code DrawnNumbers}' (which
 * {@link NumberAccuracy} and the readers' tuning use: crisp ink, each digit its own size and
 * baseline), but the way anyone would build a set of numbers from MNIST first — its 28x28 test
 * images as published, grey edges and all, laid side by side, each the next {@code 28 - overlap}
 * pixels on, the darker pixel kept where they overlap, and the page enlarged {@code scale} times
 * by repeating pixels. MNIST centres each digit's 20-pixel box in its image, so an overlap up to
 * about 8 pixels only closes the gap; beyond it wide neighbours touch and then cross. Read
 * exactly and misread yet accepted, per overlap, at each scale.
 * <pre>./mvnw -Pbench -Dbench.main=com.digitrecognizer.recognition.TiledNumbers -Dbench.args="3000 [seed]"</pre>
 */
public final class TiledNumbers {

    private static final int SIDE = 28;
    private static final int[] OVERLAPS = {0, 8, 11, 14};
    private static final int[] SCALES = {1, 2};

    private TiledNumbers() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1);
             Recognizer recognizer = BenchRecognizers.of(classifier, false)) {
            System.out.printf(Locale.ROOT, "Model %s, %d numbers of 2-6 MNIST test images side by side (seed %d)%n%n",
                    classifier.card().version(), count, seed);
            System.out.println("| overlap (px of 28) | scale | read exactly | misread yet accepted |");
            System.out.println("| ---: | ---: | ---: | ---: |");
            for (int overlap : OVERLAPS) {
                for (int scale : SCALES) {
                    int exact = 0;
                    int misread = 0;
                    Random random = new Random(seed);
                    for (int i = 0; i < count; i++) {
                        int[] indexes = new int[2 + random.nextInt(5)];
                        for (int d = 0; d < indexes.length; d++) {
                            indexes[d] = random.nextInt(MnistTestDigits.COUNT);
                        }
                        Reading reading = recognizer.read(tiled(indexes, overlap, scale));
                        boolean right = reading.accepted() && reading.text().equals(labels(indexes));
                        exact += right ? 1 : 0;
                        misread += !right && reading.accepted() ? 1 : 0;
                    }
                    System.out.printf(Locale.ROOT, "| %d | %d | %.1f %% | %.1f %% |%n", overlap, scale,
                            100.0 * exact / count, 100.0 * misread / count);
                }
            }
        }
    }

    private static String labels(int[] indexes) {
        StringBuilder text = new StringBuilder();
        for (int index : indexes) {
            text.append(MnistTestDigits.label(index));
        }
        return text.toString();
    }

    /** The images side by side, each {@code SIDE - overlap} pixels after the one before, enlarged {@code scale} times. */
    private static InkRaster tiled(int[] indexes, int overlap, int scale) {
        int step = SIDE - overlap;
        int width = (step * (indexes.length - 1) + SIDE) * scale;
        int height = SIDE * scale;
        byte[] coverage = new byte[width * height];
        for (int d = 0; d < indexes.length; d++) {
            float[] image = MnistTestDigits.image(indexes[d]);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < SIDE * scale; x++) {
                    int ink = Math.round(image[y / scale * SIDE + x / scale] * 255);
                    int pixel = y * width + d * step * scale + x;
                    coverage[pixel] = (byte) Math.max(coverage[pixel] & 0xff, ink);
                }
            }
        }
        return new InkRaster(width, height, coverage);
    }
}
