package com.digitrecognizer.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdxReaderTest {

    static final Path MNIST = Path.of("src/test/resources/mnist");

    /** The committed 5,000 MNIST training digits. */
    static MnistData trainingFixture() throws IOException {
        return IdxReader.read(MNIST.resolve("train-5k-images-idx3-ubyte.gz"), MNIST.resolve("train-5k-labels-idx1-ubyte.gz"));
    }

    /** The committed MNIST test digits, all 10,000. */
    static MnistData testDigits() throws IOException {
        return IdxReader.read(MNIST.resolve("t10k-images-idx3-ubyte.gz"), MNIST.resolve("t10k-labels-idx1-ubyte.gz"));
    }

    @TempDir
    Path dir;

    @Test
    void readsTheGzippedMnistTestSet() throws IOException {
        MnistData test = testDigits();

        assertThat(test.size()).isEqualTo(10_000);
        assertThat(test.rows()).isEqualTo(28);
        assertThat(test.cols()).isEqualTo(28);
        assertThat(new byte[] {test.labels()[0], test.labels()[1], test.labels()[2], test.labels()[9999]})
                .containsExactly(7, 2, 1, 6);
    }

    @Test
    void readsRawFilesAsWellAsGzipped() throws IOException {
        Path images = write("images", false, images(3, 2, 2, new byte[12]));
        Path labels = write("labels", false, labels(3, new byte[] {1, 2, 3}));

        MnistData data = IdxReader.read(images, labels);

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.imageSize()).isEqualTo(4);
    }

    @Test
    void wrongMagicNumberNamesFileExpectedAndFound() throws IOException {
        Path labels = write("labels.gz", true, images(1, 1, 1, new byte[1]));

        assertThatThrownBy(() -> IdxReader.readLabels(labels))
                .isInstanceOf(IdxReader.IdxFormatException.class)
                .hasMessageContaining(labels.toString())
                .hasMessageContaining("expected 2049 but found 2051");
    }

    @Test
    void truncatedPixelsAreReported() throws IOException {
        Path images = write("images.gz", true, images(10, 28, 28, new byte[100]));

        assertThatThrownBy(() -> IdxReader.readImages(images))
                .isInstanceOf(IdxReader.IdxFormatException.class)
                .hasMessageContaining("truncated, expected 7840 bytes of pixels but found 100");
    }

    @Test
    void truncatedHeaderIsReported() throws IOException {
        Path images = write("images", false, new byte[] {0, 0, 8, 3, 0, 0});

        assertThatThrownBy(() -> IdxReader.readImages(images))
                .hasMessageContaining("truncated, the header ends before the image count");
    }

    @Test
    void imageAndLabelCountsMustAgree() throws IOException {
        Path images = write("images", false, images(2, 1, 1, new byte[2]));
        Path labels = write("labels", false, labels(3, new byte[3]));

        assertThatThrownBy(() -> IdxReader.read(images, labels))
                .hasMessageContaining("holds 2 images but")
                .hasMessageContaining("holds 3 labels");
    }

    @Test
    void labelsOutsideZeroToNineAreRefused() throws IOException {
        Path labels = write("labels", false, labels(2, new byte[] {3, 12}));

        assertThatThrownBy(() -> IdxReader.readLabels(labels)).hasMessageContaining("label 1 is 12, expected 0-9");
    }

    private static byte[] images(int count, int rows, int cols, byte[] pixels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(IdxReader.IMAGES_MAGIC);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        out.write(pixels);
        return bytes.toByteArray();
    }

    private static byte[] labels(int count, byte[] labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(IdxReader.LABELS_MAGIC);
        out.writeInt(count);
        out.write(labels);
        return bytes.toByteArray();
    }

    private Path write(String name, boolean gzip, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }
}
