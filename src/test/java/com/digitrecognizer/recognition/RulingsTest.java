package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RulingsTest {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;
    private static final float LINE = 0.3f;

    /** Ruled paper: its lines are gone, a stroke that crosses them goes on through them. */
    @Test
    void rulingsAreTakenOffAndAStrokeCrossingThemKept() {
        float[] ink = new float[WIDTH * HEIGHT];
        for (int y = 20; y < HEIGHT; y += 40) {
            fillRows(ink, y, 2, LINE);
        }
        for (int y = 30; y < 170; y++) { // a stroke down through three lines, as dark as the lines and darker
            ink[y * WIDTH + 100] = LINE;
            ink[y * WIDTH + 200] = 1;
        }

        Rulings.takeOff(ink, WIDTH, HEIGHT);

        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean stroke = (x == 100 || x == 200) && y >= 30 && y < 170;
                assertThat(ink[y * WIDTH + x]).as("(%d, %d)", x, y).isEqualTo(stroke ? (x == 100 ? LINE : 1) : 0);
            }
        }
    }

    /** With rulings across, a line down the whole page is one too: the margin of an exercise book. */
    @Test
    void aMarginDownRuledPaperIsTakenOff() {
        float[] ink = new float[WIDTH * HEIGHT];
        fillRows(ink, 50, 2, LINE);
        fillRows(ink, 150, 2, LINE);
        for (int y = 0; y < HEIGHT; y++) {
            ink[y * WIDTH + 30] = LINE;
            ink[y * WIDTH + 31] = LINE;
        }

        Rulings.takeOff(ink, WIDTH, HEIGHT);

        assertThat(ink).containsOnly(0f);
    }

    /**
     * One stroke across a tightly cut image is a 7's bar or an underline, a tall one a "1", two
     * thick bands a "=" or a frame of dark table: none is ruled paper.
     */
    @Test
    void strokesAcrossThatAreNoRulingsStay() {
        float[] bar = new float[WIDTH * HEIGHT];
        fillRows(bar, 20, 3, 1);
        for (int y = 0; y < HEIGHT; y++) {
            bar[y * WIDTH + 150] = 1;
        }
        float[] thick = new float[WIDTH * HEIGHT];
        fillRows(thick, 40, 20, 1);
        fillRows(thick, 120, 20, 1);

        for (float[] page : new float[][] {bar, thick}) {
            float[] before = page.clone();
            Rulings.takeOff(page, WIDTH, HEIGHT);
            assertThat(page).containsExactly(before);
        }
    }

    /**
     * A lone line far finer than the pen is printed: a form's line written on, a table's cell cut
     * out with its borders along two sides. It is gone; the strokes that touch it stay whole.
     */
    @Test
    void lonePrintedLinesFinerThanThePenAreTakenOff() {
        float[] onALine = new float[WIDTH * HEIGHT];
        fillRows(onALine, 150, 2, 1);
        float[] cell = new float[WIDTH * HEIGHT];
        fillRows(cell, 0, 2, 1);
        for (int y = 0; y < HEIGHT; y++) {
            cell[y * WIDTH] = 1;
            cell[y * WIDTH + 1] = 1;
        }
        for (float[] page : new float[][] {onALine, cell}) {
            float[] writing = new float[WIDTH * HEIGHT];
            fillRect(writing, 100, 60, 8, 90); // a "1" standing on the line, 8 pixels wide
            fillRect(writing, 160, 60, 40, 8); // and a bar beside it
            for (int i = 0; i < page.length; i++) {
                page[i] = Math.max(page[i], writing[i]);
            }

            Rulings.takeOff(page, WIDTH, HEIGHT);

            assertThat(page).containsExactly(writing);
        }
    }

    /** A lone line as thick as the pen is a stroke of the writing: an underline stays. */
    @Test
    void aLoneLineAsThickAsThePenStays() {
        float[] page = new float[WIDTH * HEIGHT];
        fillRows(page, 150, 4, 1);
        fillRect(page, 100, 60, 4, 80);
        fillRect(page, 160, 60, 4, 80);
        float[] before = page.clone();

        Rulings.takeOff(page, WIDTH, HEIGHT);

        assertThat(page).containsExactly(before);
    }

    /** A form's comb of boxes, or its boxes printed apart: frame and sides are gone, the strokes written in the boxes stay. */
    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void aPrintedRowOfBoxesIsTakenOff(int gap) {
        float[] ink = boxes(4, 55 - gap, gap);
        for (int y = 70; y < 130; y++) { // a "1" in the first box
            ink[y * WIDTH + 65] = 1;
        }

        Rulings.takeOff(ink, WIDTH, HEIGHT);

        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                assertThat(ink[y * WIDTH + x]).as("(%d, %d)", x, y).isEqualTo(x == 65 && y >= 70 && y < 130 ? 1 : 0);
            }
        }
    }

    /** A light box's antialiased sides have a soft rim outside its lines across (a red form's): it goes with them, not read as a "1". */
    @Test
    void theSoftRimOfABoxsOuterSidesIsTakenOffToo() {
        float[] ink = boxes(2, 105, 10);
        for (int y = 51; y < 150; y++) { // either side of the outer sides' cores (x = 40, 259), not at the corners
            for (int x : new int[] {39, 41, 258, 260}) {
                ink[y * WIDTH + x] = 0.2f;
            }
        }

        Rulings.takeOff(ink, WIDTH, HEIGHT);

        assertThat(ink).containsOnly(0f);
    }

    /** Two lines across broken in the middle with no box's side at the break: a frame around "= =" written in it is not two boxes. */
    @Test
    void linesAcrossBrokenWithoutSidesAtTheBreakStay() {
        float[] ink = boxes(2, 105, 10);
        for (int y = 51; y < 150; y++) { // the sides at the break taken away
            ink[y * WIDTH + 144] = 0;
            ink[y * WIDTH + 155] = 0;
        }
        float[] before = ink.clone();

        Rulings.takeOff(ink, WIDTH, HEIGHT);

        assertThat(ink).containsExactly(before);
    }

    /** {@code count} boxes {@code width} wide and {@code gap} apart from x = 40, their lines across at rows 50 and 150. */
    private static float[] boxes(int count, int width, int gap) {
        float[] ink = new float[WIDTH * HEIGHT];
        for (int box = 0; box < count; box++) {
            int left = 40 + box * (width + gap);
            for (int x = left; x < left + width; x++) {
                ink[50 * WIDTH + x] = 1;
                ink[150 * WIDTH + x] = 1;
            }
            for (int y = 50; y <= 150; y++) {
                ink[y * WIDTH + left] = 1;
                ink[y * WIDTH + left + width - 1] = 1;
            }
        }
        return ink;
    }

    /** A 2 with a flat top and a flat foot across most of a tightly cut image is no frame: it is open at its ends. */
    @Test
    void twoLinesAcrossNotJoinedAtTheirEndsStay() {
        float[] two = new float[WIDTH * HEIGHT];
        for (int x = 30; x < 270; x++) { // its top and foot, four fifths of the page wide
            for (int y = 0; y < 3; y++) {
                two[(30 + y) * WIDTH + x] = 1;
                two[(170 + y) * WIDTH + x] = 1;
            }
        }
        for (int y = 30; y < 170; y++) {
            two[y * WIDTH + 269 - (y - 30) * 12 / 7] = 1; // its diagonal
        }
        float[] before = two.clone();

        Rulings.takeOff(two, WIDTH, HEIGHT);

        assertThat(two).containsExactly(before);
    }

    private static void fillRows(float[] ink, int top, int rows, float value) {
        for (int y = top; y < top + rows; y++) {
            for (int x = 0; x < WIDTH; x++) {
                ink[y * WIDTH + x] = value;
            }
        }
    }

    private static void fillRect(float[] ink, int left, int top, int width, int height) {
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                ink[y * WIDTH + x] = 1;
            }
        }
    }
}
