package com.digitrecognizer.training;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST's IDX files, gzipped or raw. Every way a file can be wrong is reported with the
 * file's name and what was expected against what was found.
 */
final class IdxReader {

    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;
    private static final int GZIP_MAGIC = 0x1f8b;

    private IdxReader() {
    }

    /** Reads an images file and its labels file into one data set. */
    static MnistData read(Path images, Path labels) throws IOException {
        byte[] labelBytes = readLabels(labels);
        Images pixels = readImages(images);
        if (pixels.count() != labelBytes.length) {
            throw new IdxFormatException(images + " holds " + pixels.count() + " images but "
                    + labels + " holds " + labelBytes.length + " labels");
        }
        return new MnistData(pixels.pixels(), labelBytes, pixels.rows(), pixels.cols());
    }

    static byte[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            expectMagic(file, in, LABELS_MAGIC);
            int count = readCount(file, in, "label count");
            byte[] labels = readFully(file, in, count, "labels");
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0 || labels[i] > 9) {
                    throw new IdxFormatException(file + ": label " + i + " is " + labels[i] + ", expected 0-9");
                }
            }
            return labels;
        }
    }

    record Images(byte[] pixels, int count, int rows, int cols) {
    }

    static Images readImages(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            expectMagic(file, in, IMAGES_MAGIC);
            int count = readCount(file, in, "image count");
            int rows = readCount(file, in, "row count");
            int cols = readCount(file, in, "column count");
            long size = (long) count * rows * cols;
            if (size > Integer.MAX_VALUE) {
                throw new IdxFormatException(file + ": header claims " + count + " images of " + rows + "x" + cols
                        + ", more than fits in memory");
            }
            return new Images(readFully(file, in, (int) size, "pixels"), count, rows, cols);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int first = raw.read();
        int second = raw.read();
        raw.reset();
        boolean gzipped = ((first << 8) | second) == GZIP_MAGIC;
        return new DataInputStream(gzipped ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw);
    }

    private static void expectMagic(Path file, DataInputStream in, int expected) throws IOException {
        int found = readInt(file, in, "magic number");
        if (found != expected) {
            throw new IdxFormatException(file + ": wrong magic number, expected " + expected + " but found " + found);
        }
    }

    private static int readCount(Path file, DataInputStream in, String what) throws IOException {
        int value = readInt(file, in, what);
        if (value < 0) {
            throw new IdxFormatException(file + ": " + what + " is negative (" + value + ")");
        }
        return value;
    }

    private static int readInt(Path file, DataInputStream in, String what) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IdxFormatException(file + ": truncated, the header ends before the " + what);
        }
    }

    private static byte[] readFully(Path file, DataInputStream in, int size, String what) throws IOException {
        byte[] data = new byte[size];
        int read = in.readNBytes(data, 0, size);
        if (read != size) {
            throw new IdxFormatException(file + ": truncated, expected " + size + " bytes of " + what
                    + " but found " + read);
        }
        return data;
    }

    /** A file that is not the IDX file it should be. */
    static final class IdxFormatException extends IOException {
        IdxFormatException(String message) {
            super(message);
        }
    }
}
