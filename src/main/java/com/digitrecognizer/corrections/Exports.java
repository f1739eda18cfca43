package com.digitrecognizer.corrections;

import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.recognition.ModelContract;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * The accepted corrections as training data, streamed row by row (never all in memory): an IDX
 * pair as MNIST's (what training's IdxReader reads: the 28x28 images the network saw, and labels
 * 0-9), a CSV of everything but the images, and a zip of the drawings. A number is training data
 * digit by digit where the reader found as many digits as its right answer has: then the network's
 * image of each digit read goes with the label's digit at its place (a "2026" read "2?26" gives
 * four; read "226", none: which digit went missing, or which piece is whose, would be a guess).
 * Each export reads one snapshot (repeatable read), so its files agree with each other.
 */
@Repository
class Exports {

    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;
    private static final String ACCEPTED = " FROM correction WHERE status = '" + Status.ACCEPTED.name() + "'";
    /** Accepted with a network image for each of the label's digits: {@link TrainingInput#of}'s rule for digits. */
    private static final String ACCEPTED_DIGITS = ACCEPTED + " AND label <> '" + Labels.NOT_A_DIGIT + "'"
            + " AND OCTET_LENGTH(network_input) = " + PIXELS + " * CHAR_LENGTH(label)";

    private final JdbcClient jdbc;

    Exports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A zip of two gzipped IDX files; answers how many images it holds. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    int idx(OutputStream out) throws IOException {
        int count = jdbc.sql("SELECT COALESCE(SUM(CHAR_LENGTH(label)), 0)" + ACCEPTED_DIGITS).query(Integer.class).single();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("corrections-images-idx3-ubyte.gz"));
            DataOutputStream images = gzipped(zip);
            images.writeInt(IMAGES_MAGIC);
            images.writeInt(count);
            images.writeInt(ModelContract.SIDE);
            images.writeInt(ModelContract.SIDE);
            jdbc.sql("SELECT network_input" + ACCEPTED_DIGITS + " ORDER BY id").query(row -> {
                write(images, row.getBytes(1));
            });
            images.close(); // writes the gzip trailer; the zip stays open (NonClosing)
            zip.putNextEntry(new ZipEntry("corrections-labels-idx1-ubyte.gz"));
            DataOutputStream labels = gzipped(zip);
            labels.writeInt(LABELS_MAGIC);
            labels.writeInt(count);
            jdbc.sql("SELECT label" + ACCEPTED_DIGITS + " ORDER BY id").query(row -> {
                write(labels, digits(row.getString(1)));
            });
            labels.close();
        }
        return count;
    }

    /** What the accepted corrections give retraining ({@link TrainingInput#of}). */
    @Transactional(readOnly = true)
    List<TrainingInput> trainingInputs() {
        List<TrainingInput> inputs = new ArrayList<>();
        jdbc.sql("SELECT id, network_input, label" + ACCEPTED + " AND network_input IS NOT NULL ORDER BY id")
                .query(row -> {
                    inputs.addAll(TrainingInput.of(row.getLong(1), row.getBytes(2), row.getString(3)));
                });
        return inputs;
    }

    /** A label of digits as IDX holds labels: a byte each, 0-9. */
    private static byte[] digits(String label) {
        byte[] digits = new byte[label.length()];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (byte) (label.charAt(i) - '0');
        }
        return digits;
    }

    /** Every accepted correction but its images, one line each; answers how many. */
    @Transactional(readOnly = true)
    int csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("id,created_at,label,model_answer,verdict,model_version,channel,probabilities\n");
        int[] count = {0};
        jdbc.sql("SELECT id, created_at, label, model_answer, verdict, model_version, channel, probabilities" + ACCEPTED
                + " ORDER BY id").query(row -> {
            try {
                writer.write(row.getLong(1) + "," + row.getTimestamp(2).toInstant() + "," + row.getString(3) + ","
                        + row.getString(4) + "," + row.getString(5) + "," + quoted(row.getString(6)) + ","
                        + row.getString(7) + "," + quoted(row.getString(8)) + "\n");
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
        return count[0];
    }

    /** A zip of the accepted drawings, named id_label.png; answers how many. */
    @Transactional(readOnly = true)
    int pngs(OutputStream out) throws IOException {
        int[] count = {0};
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            jdbc.sql("SELECT id, label, image" + ACCEPTED + " ORDER BY id").query(row -> {
                try {
                    zip.putNextEntry(new ZipEntry(row.getLong(1) + "_" + row.getString(2) + ".png"));
                    zip.write(row.getBytes(3));
                    zip.closeEntry();
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return count[0];
    }

    private static DataOutputStream gzipped(ZipOutputStream zip) throws IOException {
        return new DataOutputStream(new GZIPOutputStream(new NonClosing(zip)));
    }

    private static void write(DataOutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Lets a gzip stream be closed (to write its trailer) while the zip it writes into stays open. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
