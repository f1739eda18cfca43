package com.digitrecognizer;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The committed MNIST test digits (src/test/resources/mnist), for tests of any feature. */
public final class MnistTestDigits {

    public static final int COUNT = 10_000;
    private static final Path DIR = Path.of("src/test/resources/mnist");
    private static byte[] pixels;
    private static byte[] labels;

    private MnistTestDigits() {
    }

    /** Test digit {@code index}: 784 values in [0,1], ink = 1. */
    public static synchronized float[] image(int index) {
        if (pixels == null) {
            pixels = body(DIR.resolve("t10k-images-idx3-ubyte.gz"), 16);
        }
        float[] image = new float[784];
        for (int i = 0; i < 784; i++) {
            image[i] = (pixels[index * 784 + i] & 0xff) / 255f;
        }
        return image;
    }

    /** Test digits {@code first} to {@code first + count}, one after another: {@code count x 784} values. */
    public static float[] images(int first, int count) {
        float[] images = new float[count * 784];
        for (int i = 0; i < count; i++) {
            System.arraycopy(image(first + i), 0, images, i * 784, 784);
        }
        return images;
    }

    public static synchronized int label(int index) {
        if (labels == null) {
            labels = body(DIR.resolve("t10k-labels-idx1-ubyte.gz"), 8);
        }
        return labels[index];
    }

    /** Indexes of test digits with these labels, the first of each. */
    public static int[] firstOf(int... labels) {
        int[] indexes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int index = 0;
            while (label(index) != labels[i]) {
                index++;
            }
            indexes[i] = index;
        }
        return indexes;
    }

    private static byte[] body(Path file, int header) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(header);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
