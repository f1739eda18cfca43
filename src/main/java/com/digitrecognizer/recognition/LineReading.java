package com.digitrecognizer.recognition;

import java.util.List;

/**
 * What the line reader makes of a page's strokes, read beside the candidates on the helper's
 * thread or the caller's ({@link SplitInference}), which the caller waits for.
 */
final class LineReading {

    /** The strokes the line was made of, the line, and the line reader's path along it. */
    private record Read(InkMap strokes, LineImage line, LinePath path) {
    }

    private final Segmenter.Marks marks;
    private final int maxWidth;
    private volatile Read read;

    LineReading(Segmenter.Marks marks, int maxWidth) {
        this.marks = marks;
        this.maxWidth = maxWidth;
    }

    /** Reads the line with {@code classifier}'s line reader, which it must have. */
    void read(DigitClassifier classifier) {
        InkMap strokes = marks.strokesOnly();
        LineImage line = LineImage.of(strokes.width(), strokes.height(), strokes.ink(), LineContract.MIN_WIDTH, maxWidth);
        LinePath path = line == null ? null
                : LinePath.of(classifier.readLine(line), 0, LineContract.positions(line.width()));
        read = new Read(strokes, line, path);
    }

    /** The line reader's path, null when the line was not read (or held no ink). */
    LinePath path() {
        Read done = read;
        return done == null ? null : done.path();
    }

    /** The path's digits as a reading's, with their boxes on the page. */
    List<Reading.Digit> digits(float minConfidence, String modelVersion, double elapsedMs) {
        Read done = read;
        return LineDigits.of(done.path(), done.line(), done.strokes(), marks.scale(), minConfidence, modelVersion, elapsedMs);
    }
}
