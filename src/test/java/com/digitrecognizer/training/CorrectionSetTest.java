package com.digitrecognizer.training;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;
import static org.assertj.core.api.Assertions.assertThat;

class CorrectionSetTest {

    /** Image i is all {@code i}, so that where each went can be told from its pixels. */
    private static CorrectionSet set(long... drawings) {
        float[] images = new float[drawings.length * PIXELS];
        for (int i = 0; i < drawings.length; i++) {
            Arrays.fill(images, i * PIXELS, (i + 1) * PIXELS, i);
        }
        return new CorrectionSet(images, new int[drawings.length], drawings);
    }

    private static Set<Long> drawings(CorrectionSet set) {
        return new HashSet<>(LongStream.of(set.drawings()).boxed().toList());
    }

    @Test
    void aNumbersDigitsAreHeldOutOrTrainedOnTogether() {
        // 30 drawings: every third a number of four digits, the others one digit
        long[] drawings = LongStream.range(0, 30).flatMap(d -> d % 3 == 0 ? LongStream.of(d, d, d, d) : LongStream.of(d))
                .toArray();
        CorrectionSet set = set(drawings);

        for (long seed = 0; seed < 20; seed++) {
            CorrectionSet.Split split = set.split(seed);

            assertThat(drawings(split.heldOut())).doesNotContainAnyElementsOf(drawings(split.train()));
            assertThat(split.train().size() + split.heldOut().size()).isEqualTo(set.size());
            assertThat(split.heldOut().size()).as("about a fifth of %d", set.size()).isBetween(12, 15);
            for (CorrectionSet side : new CorrectionSet[]{split.train(), split.heldOut()}) {
                for (int i = 0; i < side.size(); i++) {
                    int original = (int) side.images()[i * PIXELS];
                    assertThat(side.drawings()[i]).as("image and drawing travel together").isEqualTo(drawings[original]);
                }
            }
        }
        assertThat(set.split(7).heldOut().images()).as("the same for the same seed").isEqualTo(set.split(7).heldOut().images());
    }

    @Test
    void oneDrawingIsNeverHeldOutWhole() {
        assertThat(set(5, 5, 5, 5, 5, 5).split(1).heldOut().size()).isZero();
        CorrectionSet.Split two = set(1, 1, 1, 1, 1, 1, 1, 1, 1, 2).split(3);
        assertThat(two.train().size()).as("one of the two drawings is trained on").isPositive();
        assertThat(two.heldOut().size()).isPositive();
    }

    @Test
    void imagesOfTheirOwnAreHeldOutOneInFive() {
        CorrectionSet.Split split = new CorrectionSet(new float[50 * PIXELS], new int[50]).split(42);
        assertThat(split.heldOut().size()).isEqualTo(10);
        assertThat(split.train().size()).isEqualTo(40);
    }
}
