package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.HandDrawnNonDigits;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Scratch: per number, both readers' answers, as CSV for policy analysis. */
public final class LineDump {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        // args[2]: a model with its line reader; saved_model: the same digit network without one (cutting alone)
        try (DigitClassifier classifier = DigitClassifier.load(Path.of(args[2]), 1);
             DigitClassifier cutting = DigitClassifier.load(Path.of(args[4]), 1);
             Recognizer recognizer = BenchRecognizers.of(cutting, false);
             PrintWriter out = new PrintWriter(args[3])) {
            out.println("kind,truth,seg,segacc,seglikely,line,p,lmin,verdicts,cutmin,wide");
            DrawnNumbers drawn = new DrawnNumbers(seed);
            for (int i = 0; i < count; i++) {
                DrawnNumbers.Number number = drawn.next();
                InkRaster raster = new InkRaster(number.width(), number.height(), number.coverage());
                write(out, number.touching() ? "touching" : "apart", number.text(), recognizer, classifier, raster.toInkMap(), recognizer.read(raster));
            }
            for (HandDrawnNonDigits.Drawing drawing : HandDrawnNonDigits.generate(count / 3, seed)) {
                try {
                    InkMap map = new ImageDecoder(100_000_000).decode(drawing.png());
                    write(out, "nondigit", "x", recognizer, classifier, map, recognizer.read(drawing.png()));
                } catch (RecognitionException refused) {
                    out.println("nondigit,x,refused,false,,,0,0,,0,false");
                }
            }
        }
    }

    static void write(PrintWriter out, String kind, String truth, Recognizer recognizer, DigitClassifier classifier,
                              InkMap map, Reading seg) {
        write(out, kind, truth, recognizer, classifier, map, seg, null);
    }

    static void write(PrintWriter out, String kind, String truth, Recognizer recognizer, DigitClassifier classifier,
                              InkMap map, Reading seg, String font) {
        Segmenter.Marks marks = Segmenter.marks(map, 20);
        InkMap strokes = marks.strokesOnly();
        LineImage line = LineImage.of(strokes.width(), strokes.height(), strokes.ink(), LineContract.MIN_WIDTH, 800);
        float[] steps = classifier.readLine(line);
        LinePath path = LinePath.of(steps, 0, LineContract.positions(line.width()));
        StringBuilder likely = new StringBuilder();
        StringBuilder verdicts = new StringBuilder();
        double cutMin = 1;
        for (Reading.Digit d : seg.digits()) {
            likely.append(d.prediction().digit());
            verdicts.append(d.prediction().verdict().name().charAt(0));
            cutMin = Math.min(cutMin, d.prediction().confidence());
        }
        double lineMin = 1;
        for (LinePath.Digit d : path.digits()) {
            lineMin = Math.min(lineMin, d.probabilities()[d.digit()]);
        }
        out.printf(Locale.ROOT, "%s,%s,%s,%b,%s,%s,%.5f,%.5f,%s,%.5f,%b", kind, truth, seg.text(), seg.accepted(), likely,
                path.text(), path.probability(), lineMin, verdicts, cutMin, marks.candidates().anyWideMarkCut());
        if (font != null) { out.printf(",%s%n", font); } else { out.println(); }
    }
}
