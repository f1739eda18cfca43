package com.digitrecognizer.recognition;

import com.digitrecognizer.training.FontDigits;

import java.awt.Font;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Scratch: per font number, both readers' answers, as CSV for policy analysis. args: count seed modelWithLine out.csv cutOnly */
public final class FontDump {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Method written = FontNumbers.class.getDeclaredMethod("written", Font.class, String.class, Random.class, boolean.class);
        written.setAccessible(true);
        List<Font> fonts = FontDigits.installed(FontDigits.FILES, System.out::println);
        try (DigitClassifier classifier = DigitClassifier.load(Path.of(args[2]), 1);
             DigitClassifier cutting = DigitClassifier.load(Path.of(args[4]), 1);
             Recognizer recognizer = BenchRecognizers.of(cutting, false);
             PrintWriter out = new PrintWriter(args[3])) {
            out.println("kind,truth,seg,segacc,seglikely,line,p,lmin,verdicts,cutmin,wide,font");
            for (Font font : fonts) {
                for (boolean touching : new boolean[] {false, true}) {
                    Random random = new Random(seed);
                    for (int i = 0; i < count; i++) {
                        StringBuilder text = new StringBuilder();
                        int digits = 2 + random.nextInt(5);
                        for (int d = 0; d < digits; d++) {
                            text.append((char) ('0' + random.nextInt(10)));
                        }
                        InkRaster page = (InkRaster) written.invoke(null, font, text.toString(), random, touching);
                        Reading seg = recognizer.read(page);
                        LineDump.write(out, touching ? "touching" : "apart", text.toString(), recognizer, classifier, page.toInkMap(), seg,
                                font.getFontName(Locale.ROOT).replace(",", " "));
                    }
                }
            }
        }
    }
}
