package com.digitrecognizer.recognition;

import com.digitrecognizer.training.FontDigits;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How well numbers written in handwriting fonts are read (issue #14's "MNIST-style handwriting and
 * handwriting fonts"): numbers of 2 to 6 random digits in each font Debian packages as
 * handwriting, each digit its own size around the line's, leaning a little, on a wobbling
 * baseline, at the font's own spacing (apart, as typed) — and, in a second pass, squeezed until
 * neighbours touch. Read exactly, misread yet accepted, per font. The fonts are those of
 * {@link FontDigits}, which says how to install them; those not installed are left out and named.
 * A third argument, {@code unseen}, takes instead the nine fonts held out of all training until
 * round 43 of bench/RESULTS.md ({@link FontDigits#HELD_OUT}), which the digit networks never saw and the line
 * reader learnt last — a reader taught without them measures on them how handwriting of a kind it
 * never saw is read — or names other font files (comma-separated). A fourth, the
 * lines' heights in pixels (default {@code 40-160}; a digit's ink is about three quarters of it),
 * says how small the writing may be.
 * <pre>./mvnw -Pbench test-compile exec:exec@bench -Dbench.main=com.digitrecognizer.recognition.FontNumbers -Dbench.args="300 [seed] [all | unseen | font files] [40-160]"</pre>
 */
public final class FontNumbers {

    private FontNumbers() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
        List<Path> files = args.length < 3 || args[2].equals("all") ? FontDigits.FILES
                : args[2].equals("unseen") ? FontDigits.HELD_OUT : Stream.of(args[2].split(",")).map(Path::of).toList();
        String[] heights = (args.length > 3 ? args[3] : "40-160").split("-");
        Lines lines = new Lines(Integer.parseInt(heights[0]), Integer.parseInt(heights[1]));
        List<Font> fonts = FontDigits.installed(files, System.out::println);
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1);
             Recognizer recognizer = BenchRecognizers.of(classifier, false)) {
            System.out.printf(Locale.ROOT, "Model %s, %d numbers of 2-6 digits per font and spacing (seed %d), lines %d-%d px high%n%n",
                    classifier.card().version(), count, seed, lines.least(), lines.most());
            System.out.println("| font | apart: read exactly | misread yet accepted | touching: read exactly | misread yet accepted |");
            System.out.println("| --- | ---: | ---: | ---: | ---: |");
            int[] all = new int[4];
            for (Font font : fonts) {
                int[] apart = read(recognizer, font, count, new Random(seed), lines, false);
                int[] touching = read(recognizer, font, count, new Random(seed), lines, true);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", font.getFontName(Locale.ROOT),
                        share(apart[0], count), share(apart[1], count), share(touching[0], count), share(touching[1], count));
                all[0] += apart[0];
                all[1] += apart[1];
                all[2] += touching[0];
                all[3] += touching[1];
            }
            int total = count * fonts.size();
            System.out.printf(Locale.ROOT, "| all %d fonts | %s | %s | %s | %s |%n", fonts.size(), share(all[0], total),
                    share(all[1], total), share(all[2], total), share(all[3], total));
        }
    }

    /** How high the lines are written, in pixels: from {@code least} to {@code most}. */
    private record Lines(int least, int most) {

        int any(Random random) {
            return least + random.nextInt(most - least + 1);
        }
    }

    /** Numbers read exactly, and misread yet accepted. */
    private static int[] read(Recognizer recognizer, Font font, int count, Random random, Lines lines, boolean touching) {
        int exact = 0;
        int misread = 0;
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int digits = 2 + random.nextInt(5);
            for (int d = 0; d < digits; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            InkRaster page = written(font, text.toString(), random, lines, touching);
            Reading reading;
            try {
                reading = recognizer.read(page);
            } catch (RecognitionException refused) {
                continue;
            }
            boolean right = reading.accepted() && reading.text().contentEquals(text);
            exact += right ? 1 : 0;
            misread += !right && reading.accepted() ? 1 : 0;
        }
        return new int[] {exact, misread};
    }

    /**
     * The number written in the font: each digit its own size (0.85-1.15 of the line's), leaning
     * up to 6 degrees either way, its baseline wobbling; apart at the font's own advance, or
     * squeezed by up to a quarter of the narrower neighbour's ink so that they touch (as the MNIST
     * numbers of {@code NumberAccuracy}).
     */
    private static InkRaster written(Font font, String text, Random random, Lines lines, boolean touching) {
        int lineHeight = lines.any(random);
        FontRenderContext context = new FontRenderContext(null, true, true);
        List<GlyphVector> glyphs = new ArrayList<>();
        List<Rectangle2D> inks = new ArrayList<>();
        for (char c : text.toCharArray()) {
            double size = lineHeight * (0.85 + 0.3 * random.nextDouble());
            Font sized = font.deriveFont((float) size)
                    .deriveFont(AffineTransform.getShearInstance(Math.tan(Math.toRadians(-6 + 12 * random.nextDouble())), 0));
            GlyphVector glyph = sized.createGlyphVector(context, String.valueOf(c));
            Rectangle2D ink = glyph.getVisualBounds();
            double scale = size / Math.max(1, ink.getHeight()) * 0.75; // a digit's ink about the line's height
            glyph = sized.deriveFont(AffineTransform.getScaleInstance(scale, scale)).createGlyphVector(context, String.valueOf(c));
            glyphs.add(glyph);
            inks.add(glyph.getVisualBounds());
        }
        int margin = lineHeight / 2;
        double[] x = new double[glyphs.size()];
        double cursor = margin;
        for (int i = 0; i < glyphs.size(); i++) {
            Rectangle2D ink = inks.get(i);
            if (i > 0) {
                Rectangle2D previous = inks.get(i - 1);
                if (touching) {
                    double squeeze = Math.min(previous.getWidth(), ink.getWidth()) * 0.25 * random.nextDouble();
                    cursor = x[i - 1] + previous.getMaxX() - ink.getMinX() - squeeze;
                } else {
                    cursor = x[i - 1] + glyphs.get(i - 1).getGlyphMetrics(0).getAdvance();
                }
            }
            x[i] = cursor;
        }
        int width = (int) Math.ceil(x[x.length - 1] + inks.getLast().getMaxX() + margin);
        int height = lineHeight * 2 + margin * 2;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < glyphs.size(); i++) {
            double baseline = margin + lineHeight * (1.2 + 0.06 * random.nextGaussian());
            g.drawGlyphVector(glyphs.get(i), (float) x[i], (float) baseline);
        }
        g.dispose();
        byte[] coverage = new byte[width * height];
        for (int y = 0, p = 0; y < height; y++) {
            for (int column = 0; column < width; column++, p++) {
                coverage[p] = (byte) (255 - (image.getRaster().getSample(column, y, 0)));
            }
        }
        return new InkRaster(width, height, coverage);
    }

    private static String share(int part, int whole) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
