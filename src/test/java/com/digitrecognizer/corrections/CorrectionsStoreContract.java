package com.digitrecognizer.corrections;

import com.digitrecognizer.recognition.Box;
import com.digitrecognizer.recognition.Reading;
import com.digitrecognizer.Readings;
import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.Prediction;
import com.digitrecognizer.recognition.Verdict;
import com.digitrecognizer.security.AuditLog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the corrections store must do, run against each database the app supports (H2 in file
 * mode, a real PostgreSQL): the Flyway migrations, then saving, reading, paging, reviewing and
 * purging through the real repository. Each subclass names its database.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Corrections.class, CorrectionInserts.class, CorrectionQueries.class, Exports.class, AuditLog.class, SimpleMeterRegistry.class})
abstract class CorrectionsStoreContract {

    @Autowired
    Corrections corrections;
    @Autowired
    CorrectionRepository repository;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        repository.deleteAll();
    }

    @Test
    void theMigrationsRanAndAreRecorded() {
        List<String> versions = jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .query(String.class).list();
        assertThat(versions).contains("1", "5");
    }

    /** A number as the pad read it: its text, each digit's probabilities and what the network saw of each. */
    @Test
    void aCorrectionOfANumberKeepsWhatWasRead() {
        Reading read = new Reading("2?", false, 0.49f, List.of(
                new Reading.Digit(prediction(Verdict.DIGIT, 2), new Box(0, 0, 10, 20)),
                new Reading.Digit(prediction(Verdict.UNSURE, 6), new Box(12, 0, 10, 20))), List.of(), "test-model", 2.0);

        Correction saved = corrections.save(new InkRaster(1, 1, new byte[]{1}), read, "26", null);
        Correction found = corrections.find(saved.id()).orElseThrow();

        assertThat(found.label()).isEqualTo("26");
        assertThat(found.modelAnswer()).isEqualTo("2?");
        assertThat(found.verdict()).isEqualTo("unsure");
        assertThat(found.probabilities().split(";")).hasSize(2)
                .allSatisfy(digit -> assertThat(digit.split(",")).hasSize(11));
        assertThat(found.networkInput()).hasSize(2 * 784);
        assertThat(found.networkInput()[784] & 0xff).as("the second digit's first pixel").isEqualTo(255);
    }

    /**
     * An accepted number is training data digit by digit where as many digits were read as its
     * right answer has, each digit's image with the label's digit at its place; otherwise none of it.
     */
    @Test
    void acceptedNumbersAreTrainingDataDigitByDigitWhereAsManyDigitsWereRead() throws IOException {
        Reading twoRead = new Reading("2?", false, 0.49f, List.of(
                new Reading.Digit(prediction(Verdict.DIGIT, 2, 10), new Box(0, 0, 10, 20)),
                new Reading.Digit(prediction(Verdict.UNSURE, 6, 11), new Box(12, 0, 10, 20))), List.of(), "test-model", 2.0);
        InkRaster drawing = new InkRaster(1, 1, new byte[]{1});
        List<Long> accepted = List.of(
                corrections.save(drawing, twoRead, "26", null).id(),
                corrections.save(drawing, twoRead, "206", null).id(), // a digit not read: whose piece is whose is a guess
                corrections.save(drawing, twoRead, Labels.NOT_A_DIGIT, null).id(), // two marks: no one image is it
                corrections.save(drawing, Readings.of(prediction(Verdict.DIGIT, 1, 12)), "7", null).id(),
                corrections.save(drawing, Readings.of(prediction(Verdict.DIGIT, 1, 13)), Labels.NOT_A_DIGIT, null).id());
        corrections.save(drawing, twoRead, "28", null); // not reviewed
        corrections.review(accepted, Status.ACCEPTED);

        List<TrainingInput> inputs = corrections.trainingInputs();

        assertThat(inputs).extracting(TrainingInput::label).containsExactly(2, 6, 7, ModelContract.NOT_A_DIGIT);
        assertThat(inputs).extracting(input -> inkAt(input.networkInput())).containsExactly(10, 11, 12, 13);
        assertThat(inputs).extracting(TrainingInput::correction).as("a number's digits are of one correction")
                .containsExactly(accepted.get(0), accepted.get(0), accepted.get(3), accepted.get(4));
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        assertThat(corrections.exportIdx(zip)).isEqualTo(3);
        assertThat(idxLabels(zip.toByteArray())).containsExactly(2, 6, 7);
    }

    /** The most digits a reading may have, each probability as long as a float prints ("1.2345679E-10"). */
    @Test
    void theLongestNumbersProbabilitiesFit() {
        float[] longest = new float[10];
        java.util.Arrays.fill(longest, 1.2345679E-10f);
        Prediction digit = new Prediction(1, 1.2345679E-10f, longest, 1.2345679E-10f, Verdict.UNSURE, "test-model", 1.0,
                new float[784]);
        List<Reading.Digit> digits = java.util.Collections.nCopies(20, new Reading.Digit(digit, new Box(0, 0, 1, 1)));
        Reading read = new Reading("?".repeat(20), false, 0f, digits, List.of(), "test-model", 2.0);

        Correction saved = corrections.save(new InkRaster(1, 1, new byte[]{1}), read, "1".repeat(16), null);

        assertThat(corrections.find(saved.id()).orElseThrow().probabilities().split(";")).hasSize(20);
    }

    @Test
    void aSavedCorrectionComesBackWhole() throws IOException {
        Prediction prediction = prediction(Verdict.UNSURE, 4);
        InkRaster drawing = new InkRaster(3, 2, new byte[]{0, (byte) 255, 0, 10, 20, 30});

        Correction saved = corrections.save(drawing, Readings.of(prediction), "9", "session-1");
        Correction found = corrections.find(saved.id()).orElseThrow();

        assertThat(found.label()).isEqualTo("9");
        assertThat(found.modelAnswer()).isEqualTo("?");
        assertThat(found.verdict()).isEqualTo("unsure");
        assertThat(found.probabilities().split(",")).hasSize(11);
        assertThat(Float.parseFloat(found.probabilities().split(",")[4])).isEqualTo(prediction.probabilityOf(4));
        assertThat(found.modelVersion()).isEqualTo("test-model");
        assertThat(found.channel()).isEqualTo("view");
        assertThat(found.sessionKey()).isEqualTo("session-1");
        assertThat(found.status()).isEqualTo(Status.NEW);
        assertThat(found.createdAt()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(found.networkInput()).hasSize(784);
        assertThat(found.networkInput()[0] & 0xff).isEqualTo(255);
        // the drawing as a PNG of its own size, dark ink on white
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(found.image()));
        assertThat(png.getWidth()).isEqualTo(3);
        assertThat(png.getRaster().getSample(1, 0, 0)).isZero();
        assertThat(png.getRaster().getSample(0, 0, 0)).isEqualTo(255);
    }

    @Test
    void pagesComeNewestFirstWithTheTotal() {
        for (int i = 0; i < 5; i++) {
            corrections.save(new InkRaster(1, 1, new byte[]{1}), Readings.of(prediction(Verdict.DIGIT, i)), String.valueOf(i),
                    null);
        }
        Page<Correction> first = corrections.newestFirst(0, 2);
        Page<Correction> last = corrections.newestFirst(2, 2);

        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getContent()).extracting(Correction::label).containsExactly("4", "3");
        assertThat(last.getContent()).extracting(Correction::label).containsExactly("0");
    }

    @Test
    void reviewAndDeleteActOnTheChosenOnesOnly() {
        long a = save("1").id();
        long b = save("2").id();
        long c = save(Labels.NOT_A_DIGIT).id();

        assertThat(corrections.review(List.of(a, b), Status.ACCEPTED)).isEqualTo(2);
        assertThat(corrections.review(List.of(c), Status.DISCARDED)).isEqualTo(1);
        assertThat(corrections.find(a).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
        assertThat(corrections.find(c).orElseThrow().status()).isEqualTo(Status.DISCARDED);

        assertThat(corrections.delete(b)).isTrue();
        assertThat(corrections.delete(b)).isFalse();
        assertThat(corrections.find(b)).isEmpty();
        assertThat(repository.count()).isEqualTo(2);
    }

    /** "All matching": one statement for every correction a filter lets through, the rest untouched, audited. */
    @Test
    void everyCorrectionAFilterLetsThroughIsReviewedAtOnce() {
        long a = save("1").id();
        long b = save("1").id();
        long c = save("7").id();
        corrections.review(List.of(b), Status.DISCARDED);
        CorrectionFilter newOnes = new CorrectionFilter("1", null, null, null, null, Status.NEW);

        assertThat(corrections.reviewMatching(newOnes, Status.ACCEPTED)).isEqualTo(1);

        assertThat(corrections.find(a).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
        assertThat(corrections.find(b).orElseThrow().status()).as("not matching: discarded before").isEqualTo(Status.DISCARDED);
        assertThat(corrections.find(c).orElseThrow().status()).isEqualTo(Status.NEW);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").query(String.class)
                .single()).isEqualTo("1 corrections matching the filter: right answer 1, status NEW");
        assertThat(corrections.reviewMatching(CorrectionFilter.ALL, Status.DISCARDED)).isEqualTo(3);
    }

    @Test
    void thePurgeDeletesOnlyWhatIsOlderThanTheCutOff() {
        long old = repository.save(withCreatedAt(save("5"), Instant.now().minus(400, ChronoUnit.DAYS))).id();
        long recent = save("6").id();

        assertThat(corrections.purgeCreatedBefore(Instant.now().minus(365, ChronoUnit.DAYS))).isEqualTo(1);
        assertThat(corrections.find(old)).isEmpty();
        assertThat(corrections.find(recent)).isPresent();
    }

    @Test
    void theAdminQueriesFilterPageCountAndCrossTabulate() {
        long a = save("1").id();
        save("1");
        long c = save("7").id();
        corrections.review(List.of(c), Status.ACCEPTED);
        repository.save(withCreatedAt(corrections.find(a).orElseThrow(), Instant.now().minus(10, ChronoUnit.DAYS)));

        assertThat(corrections.count(CorrectionFilter.ALL)).isEqualTo(3);
        assertThat(corrections.find(CorrectionFilter.ALL, 0, 2)).extracting(CorrectionSummary::id).doesNotContain(a);
        assertThat(corrections.find(CorrectionFilter.ALL, 2, 2)).extracting(CorrectionSummary::id).containsExactly(a);
        CorrectionFilter ones = new CorrectionFilter("1", null, null, null, null, null);
        assertThat(corrections.count(ones)).isEqualTo(2);
        CorrectionFilter accepted = new CorrectionFilter(null, "1", "test-model", null, null, Status.ACCEPTED);
        assertThat(corrections.find(accepted, 0, 10)).extracting(CorrectionSummary::label).containsExactly("7");
        CorrectionFilter lastWeek = new CorrectionFilter(null, null, null, Instant.now().minus(7, ChronoUnit.DAYS),
                Instant.now().plusSeconds(60), null);
        assertThat(corrections.count(lastWeek)).isEqualTo(2);
        assertThat(corrections.find(lastWeek, 0, 10).getFirst().networkInput()).hasSize(784);
        assertThat(corrections.confusion(CorrectionFilter.ALL))
                .containsExactly(new Confusion("1", "1", 2), new Confusion("1", "7", 1));
        assertThat(corrections.modelVersions()).containsExactly("test-model");
    }

    @Test
    void theRetentionPurgeKeepsWhatIsYoungerThanTheRetention() {
        long old = repository.save(withCreatedAt(save("5"), Instant.now().minus(31, ChronoUnit.DAYS))).id();
        long young = repository.save(withCreatedAt(save("6"), Instant.now().minus(29, ChronoUnit.DAYS))).id();

        new RetentionPurge(corrections, new CorrectionsProperties(Duration.ofDays(30), "-", 1)).purge();

        assertThat(corrections.find(old)).isEmpty();
        assertThat(corrections.find(young)).isPresent();
    }

    @Test
    void aBadLabelIsNeverStored() {
        assertThatThrownBy(() -> save("seven")).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.count()).isZero();
    }

    private Correction save(String label) {
        return corrections.save(new InkRaster(1, 1, new byte[]{1}), Readings.of(prediction(Verdict.DIGIT, 1)), label, null);
    }

    private static Correction withCreatedAt(Correction c, Instant at) {
        return new Correction(c.id(), at, c.label(), c.modelAnswer(), c.verdict(), c.probabilities(),
                c.modelVersion(), c.channel(), c.sessionKey(), c.status(), c.image(), c.networkInput());
    }

    /** A prediction whose likeliest digit is {@code digit}; its network input has ink in the first pixel. */
    static Prediction prediction(Verdict verdict, int digit) {
        return prediction(verdict, digit, 0);
    }

    /** The same with ink in pixel {@code inkAt} only: which image went where. */
    private static Prediction prediction(Verdict verdict, int digit, int inkAt) {
        float[] probabilities = new float[10];
        java.util.Arrays.fill(probabilities, 0.02f);
        probabilities[digit] = 0.7f;
        float[] input = new float[784];
        input[inkAt] = 1;
        return new Prediction(digit, 0.7f, probabilities, 0.14f, verdict, "test-model", 1.0, input);
    }

    private static int inkAt(byte[] image) {
        assertThat(image).hasSize(784);
        for (int i = 0; i < image.length; i++) {
            if (image[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The labels of an IDX export: the zip's labels file, past its 8-byte header. */
    private static List<Integer> idxLabels(byte[] zip) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().contains("labels")) {
                    byte[] idx = new java.util.zip.GZIPInputStream(in).readAllBytes();
                    List<Integer> labels = new java.util.ArrayList<>();
                    for (int i = 8; i < idx.length; i++) {
                        labels.add((int) idx[i]);
                    }
                    return labels;
                }
            }
        }
        throw new AssertionError("no labels file in the export");
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(duration.toSeconds(), ChronoUnit.SECONDS);
    }
}
