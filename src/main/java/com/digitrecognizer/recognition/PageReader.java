package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionMetrics.Channel;

import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the digits on a page, one digit or a number on one line: the cutting reader's digits
 * ({@link CutReading}), checked by the line reader ({@link LineCheck}); writing only a few pixels
 * high enlarged ({@link SmallWriting}), a sloping line turned level ({@link Slope}) and a line leaning far from
 * MNIST's usual lean sheared to it ({@link Slant}) first.
 */
final class PageReader {

    /** Room for a line of digits in the line reader's view: wide ones with room between. */
    static final int LINE_WIDTH_PER_DIGIT = 2 * LineImage.INK_HEIGHT;

    private final LiveModel live;
    private final RecognitionProperties properties;
    private final RecognitionMetrics metrics;
    private final Admission admission;
    private final SplitInference split;

    PageReader(LiveModel live, RecognitionProperties properties, RecognitionMetrics metrics, Admission admission,
               SplitInference split) {
        this.live = live;
        this.properties = properties;
        this.metrics = metrics;
        this.admission = admission;
        this.split = split;
    }

    /**
     * The page's digits. A number read alone on the server has both cores for its line and its
     * search through the candidates, the helper woken while the marks are cut; beside other
     * recognitions each keeps to one core, which serves more of them (bench/RESULTS.md, rounds 9, 10 and 62).
     */
    Reading read(Channel channel, Supplier<SampledInk> page, long start) {
        boolean alone = admission.begin();
        try {
            SampledInk sampled = page.get();
            Reading reading = read(channel, sampled.ink(), alone, start, true, 0);
            return sampled.every() == 1 ? reading : reading.onPage(box -> box.scaled(sampled.every()));
        } catch (RecognitionException e) {
            metrics.refused(channel, e.reason());
            throw e;
        } finally {
            admission.end();
        }
    }

    /**
     * The digits of {@code page}, their boxes on it: writing only a few pixels high enlarged
     * first; when {@code mayStraighten}, a sloping line turned level ({@link Slope}) or else a line
     * leaning far from MNIST's usual lean sheared to it ({@link Slant}), each found on the reader's
     * small working page, and its marks found again; on a page sheared upright, its candidates are
     * seen leaning {@code lean} again, as written.
     */
    private Reading read(Channel channel, InkMap page, boolean alone, long start, boolean mayStraighten, double lean) {
        int inkHeight = page.inkHeight();
        int times = SmallWriting.enlargement(page, inkHeight);
        Segmenter.Marks marks = (times == 1 ? Segmenter.marks(page, inkHeight, properties.maxDigits())
                : Segmenter.marks(page.enlarged(times), properties.maxDigits())).leaning(lean);
        double radians = mayStraighten ? Slope.of(marks.working()) : Double.NaN;
        if (!Double.isNaN(radians)) {
            Slope slope = new Slope(radians, page);
            return read(channel, slope.levelled(page), alone, start, false, 0).onPage(slope::onPage);
        }
        double shear = mayStraighten ? Slant.of(marks.working()) : Double.NaN;
        if (!Double.isNaN(shear)) {
            Slant slant = new Slant(shear, page);
            return read(channel, slant.upright(page), alone, start, false, shear).onPage(slant::onPage);
        }
        Reading reading = read(channel, marks, alone, start);
        return times == 1 ? reading : reading.onPage(box -> box.shrunk(times));
    }

    /**
     * The cutting reader's digits, checked by the line reader ({@link LineCheck}), which reads the
     * line beside the candidates (by the helper, from the start, while they are cut, when a page is
     * read alone). Every page's line is read, digits apart too: two touching digits may make a mark
     * no wider than one, which the cutting reader is sure of (bench/RESULTS.md, round 30).
     */
    private Reading read(Channel channel, Segmenter.Marks marks, boolean alone, long start) {
        LineReading line = new LineReading(marks, properties.maxDigits() * LINE_WIDTH_PER_DIGIT);
        CutReading cut = admission.admitted(() -> live.use(classifier -> {
            Runnable readLine = classifier.readsLines() ? () -> line.read(classifier) : null;
            // read alone, the helper reads the line while the caller cuts, then searches beside it: a single digit's line too
            try (SplitInference.Job shared = split.begin(alone && (readLine != null || marks.widerThanADigit()),
                    readLine)) {
                CutReading read = CutReading.of(classifier, marks.candidates(), shared,
                        properties.minConfidenceOf(classifier), start);
                shared.awaitBeside();
                return read;
            }
        }));
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        LinePath path = line.path();
        List<Reading.Digit> digits = path == null ? cut.digits() : LineCheck.decided(cut.digits(), path,
                cut.minConfidence(), () -> line.digits(cut.minConfidence(), cut.modelVersion(), elapsedMs));
        if (digits.size() > properties.maxDigits()) {
            throw Segmenter.tooMany(properties.maxDigits());
        }
        digits.forEach(d -> metrics.predicted(channel, d.prediction(), digits.size(), start));
        return Reading.of(digits, UnreadMarks.of(marks, digits), cut.modelVersion(), elapsedMs);
    }
}
