package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The second look at an unsure digit: which digits get it, and what it averages. */
class SecondLookTest {

    private static final float MIN_CONFIDENCE = 0.85f;
    private static final DigitNetwork UNUSED = (images, count) -> {
        throw new AssertionError("no second look expected");
    };

    /** A page of an oval alone and two overlapping ones: a whole mark, and a mark cut into pieces. */
    private final Segmenter.Candidates candidates = Segmenter.candidates(page(), 20);
    private final int whole = IntStream.range(0, candidates.list().size())
            .filter(c -> candidates.list().get(c).first() == 0 && candidates.list().get(c).end() == 1)
            .findFirst().orElseThrow();
    private final int piece = IntStream.range(0, candidates.list().size()).filter(candidates::isCut)
            .findFirst().orElseThrow();

    @Test
    void anUnsureWholeDigitIsAveragedWithEightViewsMovedOnePixel() {
        float[] probabilities = sure();
        row(probabilities, whole, 3, 0.6f, 5, 0.38f, 0.02f);
        List<float[]> asked = new ArrayList<>();
        DigitNetwork network = seesASure3(asked);

        float[] taken = SecondLook.taken(candidates, List.of(whole), probabilities, MIN_CONFIDENCE, network);

        assertThat(asked).singleElement().satisfies(views -> assertThat(views).hasSize(8 * ModelContract.PIXELS));
        int from = whole * ModelContract.CLASSES;
        assertThat(taken[from + 3]).isCloseTo((0.6f + 8 * 0.95f) / 9, within(1e-5f));
        assertThat(taken[from + 5]).isCloseTo((0.38f + 8 * 0.05f) / 9, within(1e-5f));
        assertThat(taken[from + ModelContract.NOT_A_DIGIT]).isCloseTo(0.02f / 9, within(1e-5f));
        assertThat(probabilities[from + 3]).as("the first look is left as it was").isEqualTo(0.6f);
        float[] image = candidates.images().values();
        float[] movedRight = asked.getFirst();
        int side = ModelContract.SIDE;
        for (int y = 0; y < side; y++) {
            assertThat(movedRight[y * side]).isZero();
            for (int x = 1; x < side; x++) {
                assertThat(movedRight[y * side + x]).isEqualTo(image[whole * ModelContract.PIXELS + y * side + x - 1]);
            }
        }
    }

    @Test
    void sureDigitsNeedNoSecondLook() {
        float[] probabilities = sure();

        assertThat(SecondLook.taken(candidates, List.of(whole, piece), probabilities, MIN_CONFIDENCE, UNUSED))
                .isSameAs(probabilities);
    }

    /** A piece cut out of a mark must be surer anyway; a mark that may be no digit is not talked into one. */
    @Test
    void piecesAndLikelyNonDigitsKeepTheirFirstLook() {
        float[] probabilities = sure();
        row(probabilities, piece, 3, 0.6f, 5, 0.38f, 0.02f);
        row(probabilities, whole, 3, 0.6f, 5, 0.3f, 0.1f);

        assertThat(SecondLook.taken(candidates, List.of(whole, piece), probabilities, MIN_CONFIDENCE, UNUSED))
                .isSameAs(probabilities);
    }

    /** /predict's pages, one or a batch: those unsure and digit-like averaged, the others left as they were. */
    @Test
    void wholePagesGetTheSameSecondLook() {
        float[] image = Arrays.copyOfRange(candidates.images().values(), whole * ModelContract.PIXELS,
                (whole + 1) * ModelContract.PIXELS);
        float[] pages = new float[3 * ModelContract.PIXELS];
        System.arraycopy(image, 0, pages, ModelContract.PIXELS, ModelContract.PIXELS);
        float[] probabilities = new float[3 * ModelContract.CLASSES];
        row(probabilities, 0, 3, 0.9f, 5, 0.1f, 0); // sure
        row(probabilities, 1, 3, 0.6f, 5, 0.38f, 0.02f); // unsure, digit-like
        row(probabilities, 2, 3, 0.6f, 5, 0.3f, 0.1f); // unsure, maybe no digit
        List<float[]> asked = new ArrayList<>();
        DigitNetwork network = seesASure3(asked);

        float[] taken = SecondLook.ofPages(pages, 3, probabilities, MIN_CONFIDENCE, network);

        int inked = IntStream.range(0, ModelContract.PIXELS).filter(p -> (p + 1) % ModelContract.SIDE != 0).boxed()
                .max(Comparator.comparingDouble(p -> image[p])).orElseThrow();
        assertThat(asked).singleElement().satisfies(views -> {
            assertThat(views).hasSize(8 * ModelContract.PIXELS);
            assertThat(views[inked + 1]).as("the second page, moved right").isEqualTo(image[inked]);
        });
        assertThat(taken[ModelContract.CLASSES + 3]).isCloseTo((0.6f + 8 * 0.95f) / 9, within(1e-5f));
        assertThat(Arrays.copyOfRange(taken, 0, ModelContract.CLASSES))
                .containsExactly(Arrays.copyOfRange(probabilities, 0, ModelContract.CLASSES));
        assertThat(Arrays.copyOfRange(taken, 2 * ModelContract.CLASSES, 3 * ModelContract.CLASSES))
                .containsExactly(Arrays.copyOfRange(probabilities, 2 * ModelContract.CLASSES, 3 * ModelContract.CLASSES));
        float[] sure = Arrays.copyOf(probabilities, ModelContract.CLASSES);
        assertThat(SecondLook.ofPages(image, 1, sure, MIN_CONFIDENCE, UNUSED)).isSameAs(sure);
    }

    /** A network that sees a 3 at 0.95 in every view, and keeps the views it was asked about in {@code asked}. */
    private static DigitNetwork seesASure3(List<float[]> asked) {
        return (images, count) -> {
            asked.add(Arrays.copyOf(images, count * ModelContract.PIXELS));
            float[] seen = new float[count * ModelContract.CLASSES];
            for (int v = 0; v < count; v++) {
                row(seen, v, 3, 0.95f, 5, 0.05f, 0);
            }
            return seen;
        };
    }

    /** Every candidate a sure 0. */
    private float[] sure() {
        float[] probabilities = new float[candidates.list().size() * ModelContract.CLASSES];
        for (int c = 0; c < candidates.list().size(); c++) {
            row(probabilities, c, 0, 0.99f, 1, 0.01f, 0);
        }
        return probabilities;
    }

    private static void row(float[] probabilities, int row, int digit, float p, int other, float q, float notADigit) {
        int from = row * ModelContract.CLASSES;
        Arrays.fill(probabilities, from, from + ModelContract.CLASSES, 0);
        probabilities[from + digit] = p;
        probabilities[from + other] = q;
        probabilities[from + ModelContract.NOT_A_DIGIT] = notADigit;
    }

    private static InkMap page() {
        BufferedImage page = new BufferedImage(520, 280, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawOval(30, 50, 110, 180);
        g.drawOval(200, 50, 120, 180);
        g.drawOval(296, 50, 120, 180);
        return new InkRaster(page.getWidth(), page.getHeight(), DrawnDigits.coverage(page)).toInkMap();
    }
}
