package com.digitrecognizer.training;

import com.digitrecognizer.recognition.LineContract;
import com.digitrecognizer.recognition.ModelContract;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/** Lines written in fonts; the JDK's own fonts stand in for the handwriting ones, which CI does not install. */
class WrittenLinesTest {

    private static final List<Font> FONTS = List.of(new Font(Font.SANS_SERIF, Font.PLAIN, 12),
            new Font(Font.SERIF, Font.PLAIN, 12));
    /** Digits with no ink: whatever a line says, a font wrote it. */
    private static final Examples BLANK_DIGITS = new Examples(new float[10 * ModelContract.PIXELS],
            new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

    @Test
    void linesWrittenInAFontSpellTheDigitsTheShippedLineReaderReads() throws Exception {
        WrittenLines lines = new WrittenLines(BLANK_DIGITS, Examples.NONE, FONTS, 1, 0, LineCommand.WIDTH, 3);
        WrittenLines.Line[] written = new WrittenLines.Line[100];
        Arrays.setAll(written, i -> lines.next());

        try (LineNetwork reader = new LineNetwork(FoldedCnn.read(FineTuneTest.SHIPPED),
                FoldedCnn.read(FineTuneTest.SHIPPED.resolve(LineContract.FOLDER)), 1)) {
            assertThat(LineCommand.exact(reader, written)).as("font lines read exactly as labelled").isGreaterThan(0.6);
        }
    }

    @Test
    void withNoShareOfFontLinesTheLinesAreThoseOfTheDigitsAlone() {
        Examples digits = FontDigits.of(FONTS, 2, 1).examples();
        WrittenLines withFonts = new WrittenLines(digits, Examples.NONE, FONTS, 0, 0, LineCommand.WIDTH, 5);
        WrittenLines withoutFonts = new WrittenLines(digits, Examples.NONE, LineCommand.WIDTH, 5);

        for (int i = 0; i < 20; i++) {
            WrittenLines.Line line = withFonts.next();
            WrittenLines.Line same = withoutFonts.next();
            assertThat(line.pixels()).containsExactly(same.pixels());
            assertThat(line.digits()).containsExactly(same.digits());
        }
    }

    /** The warp is drawn after the line is laid out: the first line's marks and places are the same. */
    @Test
    void warpedMarksKeepTheirDigitsAndPlacesAndBendTheirShapes() {
        Examples digits = FontDigits.of(FONTS, 2, 1).examples();

        WrittenLines.Line warped = new WrittenLines(digits, Examples.NONE, FONTS, 0.5, 1, LineCommand.WIDTH, 5).next();
        WrittenLines.Line straight = new WrittenLines(digits, Examples.NONE, FONTS, 0.5, 0, LineCommand.WIDTH, 5).next();

        assertThat(warped.digits()).containsExactly(straight.digits());
        assertThat(warped.pixels()).isNotEqualTo(straight.pixels());
        assertThat(TrainingTest.sum(warped.pixels()))
                .isCloseTo(TrainingTest.sum(straight.pixels()), withPercentage(25));
    }
}
