package com.digitrecognizer.training;

import com.digitrecognizer.Readings;
import com.digitrecognizer.PadBar;
import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.corrections.Corrections;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Recognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accepted corrections exported as an IDX pair are what the trainer reads ({@link IdxReader}):
 * the 28x28 images the network saw, with their right digits; a number read as one digit, "not a
 * digit" and corrections not accepted stay out (numbers read digit by digit: CorrectionsStoreContract).
 */
@SpringBootTest
class CorrectionsExportTest {

    @Autowired
    Corrections corrections;
    @Autowired
    Recognizer recognizer;

    @TempDir
    Path folder;

    @Test
    void theIdxExportIsReadByTheTrainersReader() throws Exception {
        InkRaster drawing = PadBar.drawing();
        Prediction prediction = recognizer.recognize(drawing);
        List<Long> accepted = new ArrayList<>();
        for (String label : List.of("1", "7", "2026", "not-a-digit")) {
            accepted.add(corrections.save(drawing, Readings.of(prediction), label, null).id());
        }
        corrections.save(drawing, Readings.of(prediction), "4", null); // not reviewed: not exported
        corrections.review(accepted, Status.ACCEPTED);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        assertThat(corrections.exportIdx(zip)).isEqualTo(2);
        unzip(zip.toByteArray());
        MnistData data = IdxReader.read(folder.resolve("corrections-images-idx3-ubyte.gz"),
                folder.resolve("corrections-labels-idx1-ubyte.gz"));

        assertThat(data.labels()).containsExactly(1, 7);
        assertThat(data.rows()).isEqualTo(28);
        byte[] expected = new byte[784];
        float[] input = drawing.networkInput();
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) Math.round(input[i] * 255);
        }
        assertThat(Arrays.copyOfRange(data.pixels(), 0, 784)).isEqualTo(expected);
    }

    private void unzip(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Files.write(folder.resolve(entry.getName()), in.readAllBytes());
            }
        }
    }
}
