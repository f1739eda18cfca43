package com.digitrecognizer.training;

import java.util.List;

import static com.digitrecognizer.training.Strokes.arc;
import static com.digitrecognizer.training.Strokes.curve;
import static com.digitrecognizer.training.Strokes.dot;
import static com.digitrecognizer.training.Strokes.join;
import static com.digitrecognizer.training.Strokes.line;

/**
 * Letters and symbols as a hand writes them, stroke by stroke in a unit box (y down). Only
 * letters that cannot pass for a digit: no O o I l S s Z z B G g q D, which look like 0 1 5 2 8 6 9.
 */
final class Glyphs {

    record Glyph(String name, List<double[]> strokes) {
    }

    static final List<Glyph> LETTERS = List.of(
            glyph("A", line(0, 1, 0.5, 0, 1, 1), line(0.2, 0.62, 0.8, 0.62)),
            glyph("E", line(1, 0, 0, 0, 0, 1, 1, 1), line(0, 0.5, 0.75, 0.5)),
            glyph("F", line(1, 0, 0, 0, 0, 1), line(0, 0.47, 0.7, 0.47)),
            glyph("H", line(0, 0, 0, 1), line(1, 0, 1, 1), line(0, 0.5, 1, 0.5)),
            glyph("K", line(0, 0, 0, 1), line(0.9, 0, 0, 0.58), line(0.28, 0.4, 1, 1)),
            glyph("M", line(0, 1, 0.08, 0, 0.5, 0.7, 0.92, 0, 1, 1)),
            glyph("N", line(0, 1, 0, 0, 1, 1, 1, 0)),
            glyph("R", join(line(0, 1, 0, 0, 0.55, 0), arc(0.55, 0.25, 0.4, 0.25, -90, 180), line(0.55, 0.5, 0, 0.5)),
                    line(0.35, 0.5, 1, 1)),
            glyph("T", line(0, 0, 1, 0), line(0.5, 0, 0.5, 1)),
            glyph("V", line(0, 0, 0.5, 1, 1, 0)),
            glyph("W", line(0, 0, 0.25, 1, 0.5, 0.35, 0.75, 1, 1, 0)),
            glyph("X", line(0, 0, 1, 1), line(1, 0, 0, 1)),
            glyph("Y", line(0, 0, 0.5, 0.5), line(1, 0, 0.5, 0.5, 0.5, 1)),
            glyph("a", join(arc(0.45, 0.7, 0.4, 0.3, -30, -320), line(0.85, 0.4, 0.85, 0.95, 1, 1))),
            glyph("e", join(line(0.1, 0.7, 0.9, 0.7), arc(0.5, 0.7, 0.4, 0.3, 0, -310))),
            glyph("f", join(arc(0.7, 0.15, 0.2, 0.15, -20, -160), line(0.5, 0.15, 0.5, 1)), line(0.2, 0.45, 0.8, 0.45)),
            glyph("h", line(0, 0, 0, 1), join(arc(0.45, 0.7, 0.45, 0.3, 180, 180), line(0.9, 0.7, 0.9, 1))),
            glyph("k", line(0, 0, 0, 1), line(0.8, 0.4, 0, 0.72, 0.85, 1)),
            glyph("m", line(0, 0.4, 0, 1), join(arc(0.25, 0.6, 0.25, 0.2, 180, 180), line(0.5, 0.6, 0.5, 1)),
                    join(arc(0.75, 0.6, 0.25, 0.2, 180, 180), line(1, 0.6, 1, 1))),
            glyph("n", line(0, 0.4, 0, 1), join(arc(0.45, 0.65, 0.45, 0.25, 180, 180), line(0.9, 0.65, 0.9, 1))),
            glyph("r", line(0, 0.4, 0, 1), arc(0.4, 0.65, 0.4, 0.22, 180, 140)),
            glyph("t", join(line(0.4, 0, 0.4, 0.85), arc(0.6, 0.85, 0.2, 0.15, 180, -100)), line(0.05, 0.35, 0.8, 0.35)),
            glyph("w", line(0, 0.4, 0.25, 1, 0.5, 0.55, 0.75, 1, 1, 0.4)),
            glyph("x", line(0, 0.4, 1, 1), line(1, 0.4, 0, 1)),
            glyph("y", line(0, 0.4, 0.5, 0.85), line(1, 0.4, 0.25, 1.4)));

    static final List<Glyph> SYMBOLS = List.of(
            glyph("+", line(0.5, 0, 0.5, 1), line(0, 0.5, 1, 0.5)),
            glyph("=", line(0, 0.3, 1, 0.3), line(0, 0.7, 1, 0.7)),
            glyph("#", line(0.38, 0, 0.26, 1), line(0.76, 0, 0.64, 1), line(0, 0.33, 1, 0.33), line(0, 0.67, 1, 0.67)),
            glyph("%", arc(0.2, 0.18, 0.16, 0.18, 0, 360), line(0.85, 0, 0.15, 1), arc(0.8, 0.82, 0.16, 0.18, 0, 360)),
            glyph("?", join(arc(0.5, 0.28, 0.42, 0.28, 190, 260), line(0.5, 0.56, 0.5, 0.76)), dot(0.5, 1)),
            glyph("!", line(0.5, 0, 0.5, 0.72), dot(0.5, 1)),
            glyph("&", curve(1, 1, 0.6, 0.6, 0.2, 0.3, 0.35, 0, 0.65, 0.15, 0.1, 0.6, 0.1, 1, 0.7, 0.85, 0.9, 0.5)),
            glyph("@", join(arc(0.5, 0.5, 0.2, 0.22, 0, -360), line(0.7, 0.3, 0.7, 0.65),
                    curve(0.7, 0.65, 0.95, 0.75, 1, 0.5), arc(0.5, 0.5, 0.5, 0.5, 0, -300))),
            glyph("*", line(0.5, 0, 0.5, 1), line(0.07, 0.25, 0.93, 0.75), line(0.93, 0.25, 0.07, 0.75)),
            glyph("<", line(0.8, 0, 0, 0.5, 0.8, 1)),
            glyph(">", line(0, 0, 0.8, 0.5, 0, 1)),
            glyph("~", curve(0, 0.6, 0.25, 0.15, 0.5, 0.5, 0.75, 0.85, 1, 0.4)));

    private Glyphs() {
    }

    private static Glyph glyph(String name, double[]... strokes) {
        return new Glyph(name, List.of(strokes));
    }
}
