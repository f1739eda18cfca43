package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class LineCheckTest {

    private static final float MIN_CONFIDENCE = 0.85f;

    /** Digits read by cutting, e.g. "80?4": a sure digit each, "?" an unsure 1. */
    private static List<Reading.Digit> cut(String text) {
        List<Reading.Digit> digits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digits.add(digit(c == '?' ? 1 : c - '0', c == '?' ? 0.5f : 0.99f, MIN_CONFIDENCE, i));
        }
        return digits;
    }

    private static Reading.Digit digit(int digit, float confidence, float minConfidence, int position) {
        float[] probabilities = new float[ModelContract.CLASSES];
        for (int c = 0; c < probabilities.length; c++) {
            probabilities[c] = c == digit ? confidence : (1 - confidence) / (ModelContract.CLASSES - 1);
        }
        return new Reading.Digit(Prediction.of(probabilities, 0, minConfidence, "v", 1, new float[ModelContract.PIXELS]),
                new Box(position * 30, 0, 25, 40));
    }

    /** The line reader's text, with the probability it gives it. */
    private static LinePath line(String text, double probability) {
        List<LinePath.Digit> digits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int digit = text.charAt(i) == '?' ? LineContract.NOT_A_DIGIT : text.charAt(i) - '0';
            digits.add(new LinePath.Digit(digit, 2 * i, 2 * i, 2 * i, new float[LineContract.CLASSES]));
        }
        return new LinePath(digits, probability);
    }

    private static List<Reading.Digit> decided(List<Reading.Digit> cut, LinePath line, LineDigits lineDigits) {
        return LineCheck.decided(cut, line, MIN_CONFIDENCE, lineDigits);
    }

    /** The cutting reader's digits {@code text} with a piece cut out of a mark at {@code position}, sure to {@code confidence}. */
    private static List<Reading.Digit> cutPiece(String text, int position, float confidence) {
        List<Reading.Digit> digits = cut(text);
        digits.set(position, digit(text.charAt(position) - '0', confidence, NumberReader.CUT_MIN_CONFIDENCE, position));
        return digits;
    }

    private static String text(List<Reading.Digit> digits) {
        return Reading.of(digits, List.of(), "v", 1).text();
    }

    /** What the line reader's digits would be, and whether they were asked for. */
    private static final class LineDigits implements Supplier<List<Reading.Digit>> {
        final List<Reading.Digit> digits;
        final AtomicBoolean asked = new AtomicBoolean();

        LineDigits(String text) {
            digits = cut(text);
        }

        @Override
        public List<Reading.Digit> get() {
            asked.set(true);
            return digits;
        }
    }

    /** Two touching digits the cutting reader could not split: filled in when the line reader is sure enough. */
    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({"0.77, 80141, true", "0.3, 801?, false"})
    void touchingDigitsAreFilledInWhenTheLineReaderIsSureEnough(double probability, String read, boolean asked) {
        LineDigits lineDigits = new LineDigits("80141");

        assertThat(text(decided(cut("801?"), line("80141", probability), lineDigits))).isEqualTo(read);
        assertThat(lineDigits.asked.get()).isEqualTo(asked);
    }

    @Test
    void theLineReaderMayReadMoreDigitsWhereTheCuttingReaderHasGaps() {
        // three touching digits taken for one; a gap that was a stroke of its neighbour
        assertThat(text(decided(cut("8?"), line("8123", 0.5), new LineDigits("8123")))).isEqualTo("8123");
        assertThat(text(decided(cut("1??"), line("147", 0.5), new LineDigits("147")))).isEqualTo("147");
    }

    @Test
    void aDigitTheLineReaderIsUnclearAboutStaysInDoubt() {
        List<Reading.Digit> decided = decided(cut("801?"), line("80141", 0.6), new LineDigits("801?1"));

        assertThat(text(decided)).isEqualTo("801?1");
        assertThat(Reading.of(decided, List.of(), "v", 1).accepted()).isFalse();
    }

    @Test
    void aLoneMarkNeitherCallsASureDigitIsNotFilled() {
        // a ring the cutting reader cannot place reads as a 0 to the line reader: no sure digit, no fill
        assertThat(text(decided(cut("?"), line("0", 0.99), new LineDigits("0")))).isEqualTo("?");
        // a mark the line reader calls no digit is never filled in
        assertThat(text(decided(cut("1?"), line("1?", 0.99), new LineDigits("14")))).isEqualTo("1?");
    }

    @Test
    void digitsTouchingSoThatTheCuttingReaderIsSureOfNoneAreReadWhereTheLineReaderReadsANumber() {
        // the whole number one blob, or two blobs of touching digits: no sure digit, the line reader reads them
        assertThat(text(decided(cut("?"), line("17", 0.6), new LineDigits("17")))).isEqualTo("17");
        assertThat(text(decided(cut("??"), line("1794", 0.6), new LineDigits("1794")))).isEqualTo("1794");
        assertThat(text(decided(cut("??"), line("1794", 0.3), new LineDigits("1794")))).isEqualTo("??");
    }

    @Test
    void aSureNumberStandsUnlessTheLineReaderIsSureOfAnother() {
        LineDigits read = new LineDigits("2026");

        assertThat(text(decided(cut("2026"), line("2026", 0.99), read))).isEqualTo("2026");
        assertThat(text(decided(cut("2026"), line("2028", 0.7), read))).isEqualTo("2026");
        assertThat(read.asked).isFalse();
    }

    @Test
    void whereBothAreSureOfDifferentNumbersTheDigitsTheyDisagreeOnBecomeUnsure() {
        assertThat(text(decided(cut("2026"), line("2028", 0.85), new LineDigits("2028")))).isEqualTo("202?");
        // the line reader sees a digit more: the cutting reader's digits on either side of it are in doubt
        assertThat(text(decided(cut("61855"), line("618655", 0.85), new LineDigits("618655"))))
                .isEqualTo("61??5");
        assertThat(text(decided(cut("90"), line("910", 0.85), new LineDigits("910")))).isEqualTo("??");
    }

    @Test
    void aLineReaderVerySureAndClearAboutEachDigitOverrulesTheCut() {
        assertThat(text(decided(cut("90"), line("910", 0.95), new LineDigits("910")))).isEqualTo("910");
        // one digit it is unclear about: a dispute, not an overruling
        assertThat(text(decided(cut("90"), line("910", 0.95), new LineDigits("9?0")))).isEqualTo("??");
    }

    @Test
    void aCutPieceMissingOnlyTheCutsBarIsSettledWhereTheLineReaderSpellsTheSameNumber() {
        LineDigits agreeing = new LineDigits("20?6");

        List<Reading.Digit> settled = decided(cutPiece("2026", 2, 0.95f), line("2026", 0.6), agreeing);

        assertThat(text(settled)).isEqualTo("2026");
        assertThat(settled.get(2).prediction().confidence()).isEqualTo(0.95f);
        assertThat(agreeing.asked).isFalse();
        // the line reader too unsure of its text, or spelling another number: no agreement
        assertThat(text(decided(cutPiece("2026", 2, 0.95f), line("2026", 0.3), new LineDigits("2026")))).isEqualTo("20?6");
        assertThat(text(decided(cutPiece("2026", 2, 0.95f), line("2028", 0.6), new LineDigits("202?")))).isEqualTo("202?");
    }

    @Test
    void agreementSettlesNoDigitBelowTheUsualBarAndNoLoneMark() {
        assertThat(text(decided(cutPiece("2026", 2, 0.6f), line("2026", 0.9), new LineDigits("20?6")))).isEqualTo("20?6");
        assertThat(text(decided(cutPiece("7", 0, 0.95f), line("7", 0.9), new LineDigits("7")))).isEqualTo("?");
    }

    @Test
    void sharedDigitsFollowTheLongestCommonSubsequence() {
        assertThat(LineCheck.shared("1234", "1234")).containsExactly(true, true, true, true);
        assertThat(LineCheck.shared("1234", "124")).containsExactly(true, true, false, true);
        assertThat(LineCheck.shared("124", "1234")).containsExactly(true, false, false);
        assertThat(LineCheck.shared("12", "123")).containsExactly(true, false);
    }
}
