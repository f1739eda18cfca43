package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Blobs.Blob;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of writing on a page: bands of marks one above another with empty rows between (at
 * least a quarter of a band's height), each holding at least two marks side by side, as tall as half the band, in a band at least
 * half as tall as the tallest — a second number written under the first ("2026" over "90210"),
 * which a reading of one line spells "????". A digit's own parts one above another (a 5's flag,
 * an 8 drawn as two rings) are one mark a band, and a point or a dash makes no band of its own.
 */
final class WritingLines {

    private WritingLines() {
    }

    /** How many lines of writing {@code marks} make: 1 for a number on one line (or anything not two). */
    static int count(List<Blob> marks) {
        List<List<Blob>> bands = bands(marks);
        int tallest = bands.stream().mapToInt(WritingLines::height).max().orElse(0);
        int lines = (int) bands.stream().filter(band -> 2 * height(band) >= tallest && hasMarksSideBySide(band)).count();
        return Math.max(1, lines);
    }

    /**
     * The marks in bands of rows: a mark joins the band it overlaps in height, and two bands less
     * than a quarter of the lower one's height apart are one (an 8's two rings drawn apart, a 5's flag).
     */
    private static List<List<Blob>> bands(List<Blob> marks) {
        List<Blob> byTop = marks.stream().sorted(Comparator.comparingInt(Blob::top)).toList();
        List<List<Blob>> bands = new ArrayList<>();
        for (Blob mark : byTop) {
            if (bands.isEmpty() || mark.top() > bottom(bands.getLast())) {
                bands.add(new ArrayList<>());
            }
            bands.getLast().add(mark);
        }
        for (int i = bands.size() - 1; i > 0; i--) {
            List<Blob> above = bands.get(i - 1);
            List<Blob> below = bands.get(i);
            if (4 * (top(below) - bottom(above) - 1) < Math.min(height(above), height(below))) {
                above.addAll(bands.remove(i));
            }
        }
        return bands;
    }

    private static int top(List<Blob> band) {
        return band.stream().mapToInt(Blob::top).min().orElse(0);
    }

    private static int bottom(List<Blob> band) {
        return band.stream().mapToInt(Blob::bottom).max().orElse(0);
    }

    private static int height(List<Blob> band) {
        return bottom(band) - top(band) + 1;
    }

    /** Whether two of the band's marks as tall as half of it stand side by side, neither over the other. */
    private static boolean hasMarksSideBySide(List<Blob> band) {
        int height = height(band);
        List<Blob> tall = band.stream().filter(mark -> 2 * mark.height() >= height)
                .sorted(Comparator.comparingInt(Blob::left)).toList();
        for (int i = 1; i < tall.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (tall.get(i).left() > tall.get(j).right()) {
                    return true;
                }
            }
        }
        return false;
    }
}
