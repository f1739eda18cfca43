package com.digitrecognizer.recognition;

/**
 * Writing only a few pixels high, as a number on a form scanned at 100 dpi: its strokes a pixel
 * or two wide break apart at the mark threshold and leave no room to cut between digits. Such a
 * page is enlarged before it is read, each new pixel interpolated between the old ones.
 */
final class SmallWriting {

    /** Ink lower than this, in pixels, is enlarged to at least this height (numbers of 12-16 px digits: 88 → 96 % read). */
    private static final int LEAST_HEIGHT = 32;
    private static final int MOST_TIMES = 4;
    /** No page is enlarged beyond this many pixels (16 MB of ink): a long thin strip stays as it is. */
    private static final long MOST_PIXELS = 4L << 20;

    private SmallWriting() {
    }

    /** How many times each way a page with ink {@code inkHeight} pixels high is enlarged: 1 if it is not. */
    static int enlargement(InkMap page, int inkHeight) {
        if (inkHeight >= LEAST_HEIGHT || inkHeight < 2) { // a blank page's ink is "1 pixel high": nothing to enlarge
            return 1;
        }
        int times = Math.min(MOST_TIMES, Math.ceilDiv(LEAST_HEIGHT, inkHeight));
        return (long) page.width() * page.height() * times * times <= MOST_PIXELS ? times : 1;
    }
}
