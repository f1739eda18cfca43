package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Which candidate digits a page is over-segmented into. */
class SegmenterTest {

    /** A wide 0 is one mark however many pieces it is cut into: it stays a candidate whole. */
    @Test
    void aWideMarkOfOneDigitIsACandidateWhole() {
        Segmenter.Candidates candidates = Segmenter.candidates(ovals(1, 300), 20);

        assertThat(candidates.atoms()).isGreaterThan(1);
        assertThat(candidates.list()).anyMatch(c -> c.first() == 0 && c.end() == candidates.atoms());
    }

    /** A 0 drawn twice as wide as high is cut into more pieces than a digit is made of, yet read whole too. */
    @Test
    void aFlatZeroIsACandidateWholeThoughCutIntoManyPieces() {
        Segmenter.Candidates candidates = Segmenter.candidates(ovals(1, 360), 20);

        assertThat(candidates.atoms()).isGreaterThan(Segmenter.MOST_ATOMS_PER_DIGIT);
        assertThat(candidates.list()).anyMatch(c -> c.first() == 0 && c.end() == candidates.atoms());
    }

    /**
     * Pieces of a mark too wide for one digit make candidates no wider than a digit, each costing an
     * inference; only the whole mark, which may be one flat digit, is wider.
     */
    @Test
    void piecesOfAMarkOfSeveralDigitsMakeNoCandidateWiderThanADigit() {
        Segmenter.Candidates candidates = Segmenter.candidates(ovals(3, 120), 20);

        int height = candidates.list().stream().mapToInt(c -> c.box().height()).max().orElseThrow();
        assertThat(candidates.list()).filteredOn(c -> c.end() - c.first() < candidates.atoms())
                .isNotEmpty().allMatch(c -> c.box().width() <= 1.25 * height);
    }

    /** Whether a page holds a number (many candidates, worth both cores) is known before its marks are cut. */
    @Test
    void marksWiderThanOneDigitAreANumber() {
        assertThat(Segmenter.marks(ovals(1, 120), 20).widerThanADigit()).isFalse();
        assertThat(Segmenter.marks(ovals(1, 210), 20).widerThanADigit()).as("a wide 0").isFalse();
        assertThat(Segmenter.marks(ovals(3, 120), 20).widerThanADigit()).isTrue();
        assertThat(Segmenter.marks(ovals(6, 120), 20).widerThanADigit()).isTrue();
    }

    /**
     * A small ring between two digits is an atom, which may be left out as a stray or joined to a
     * neighbour, but never a digit alone: as one it costs more than leaving it out ever does, so
     * it takes no inference.
     */
    @Test
    void aStrayMarkTooSmallToBeADigitAloneIsNoCandidateOfItsOwn() {
        Segmenter.Candidates candidates = Segmenter.marks(ringBetweenOvals(), 20).candidates();

        assertThat(candidates.atoms()).isEqualTo(3);
        assertThat(candidates.stray()).containsExactly(false, true, false);
        assertThat(candidates.list()).noneMatch(c -> c.first() == 1 && c.end() == 2)
                .anyMatch(c -> c.first() == 0 && c.end() == 1).anyMatch(c -> c.first() == 2 && c.end() == 3);
    }

    /** Two ovals 120 pixels wide and 180 high, apart, and a ring about 50 pixels across between them at mid-height. */
    private static InkMap ringBetweenOvals() {
        return page(420, g -> {
            g.drawOval(30, 50, 120, 180);
            g.drawOval(190, 120, 30, 30);
            g.drawOval(260, 50, 120, 180);
        });
    }

    /** {@code count} ovals {@code width} pixels wide and 180 high, each overlapping the one before by a fifth. */
    private static InkMap ovals(int count, int width) {
        int step = width * 4 / 5;
        return page(60 + step * count + width, g -> {
            for (int i = 0; i < count; i++) {
                g.drawOval(30 + i * step, 50, width, 180);
            }
        });
    }

    /** A page 280 pixels high drawn with a round pen 18 pixels wide. */
    private static InkMap page(int width, Consumer<Graphics2D> drawing) {
        BufferedImage page = new BufferedImage(width, 280, BufferedImage.TYPE_INT_ARGB);
        drawing.accept(DrawnDigits.padPen(page));
        return new InkRaster(page.getWidth(), page.getHeight(), DrawnDigits.coverage(page)).toInkMap();
    }
}
