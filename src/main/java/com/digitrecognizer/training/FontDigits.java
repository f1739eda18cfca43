package com.digitrecognizer.training;

import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.ModelContract;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * Digits written in the handwriting fonts Debian packages, as training examples: glyphs MNIST's
 * writers hardly make (an open 0, a 4 closed at the top, a slanted 8) that people write too; and
 * letters in the same fonts, as "not a digit".
 * Each digit its own size, leaning and turned a little, its pen a little finer or bolder, drawn
 * at pad resolution and normalised as serving does. Install the fonts with
 * <pre>apt-get install -y fonts-dkg-handwriting fonts-breip fonts-humor-sans fonts-comic-neue fonts-bwht
 *     fonts-klee fonts-kristi fonts-dancingscript fonts-seto fonts-kiloji fonts-nanum-extra fonts-tomsontalks
 *     fonts-aoyagi-soseki fonts-aoyagi-kouzan-t fonts-kouzan-mouhitsu fonts-havana fonts-leckerli-one fonts-lobster
 *     fonts-navilu fonts-ecolier-court fonts-kaushanscript fonts-rufscript fonts-tlwg-purisa-ttf fonts-fantasque-sans
 *     fonts-staypuft fonts-unfonts-extra fonts-yozvox-yozfont</pre>
 * (fonts-femkeklaver is left out: its strokes are hollow outlines, which no pen draws; fonts-joscelyn too: its
 * 3, 4, 5 and 7 end in flourishes across their neighbours, as no one writes a number today).
 */
public final class FontDigits {

    /**
     * Nine fonts held out of all training until round 43 of bench/RESULTS.md, to measure how
     * handwriting of a kind never seen is read; the digit networks still have not seen them.
     */
    public static final List<Path> HELD_OUT = List.of(
            Path.of("/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf"),
            Path.of("/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf"),
            Path.of("/usr/share/fonts/truetype/rufscript/Rufscript010.ttf"),
            Path.of("/usr/share/fonts/truetype/tlwg/Purisa.ttf"),
            Path.of("/usr/share/fonts/truetype/nanum/NanumBarunpenR.ttf"),
            Path.of("/usr/share/fonts/truetype/fantasque-sans/Normal/TTF/FantasqueSansMono-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/staypuft/StayPuft.ttf"),
            Path.of("/usr/share/fonts/truetype/unfonts-extra/UnPilgia.ttf"),
            Path.of("/usr/share/fonts/truetype/yozvox-yozfont/YOzRN_.ttf"));

    /** The font files, where Debian installs them: those learnt first, then {@link #HELD_OUT}. */
    public static final List<Path> FILES = Stream.concat(Stream.of(
            Path.of("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"),
            Path.of("/usr/share/fonts/truetype/breip/Breip.ttf"),
            Path.of("/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"),
            Path.of("/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/bwht/BecauseWeBuild-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/bwht/BecauseWeConnect-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/bwht/BecauseWeCreate-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/bwht/BecauseWeLearn-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/bwht/BecauseWeMentor-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/bwht/BecauseWeOrganize-Regular.otf"),
            Path.of("/usr/share/fonts/truetype/klee/KleeOne-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/kristi/Kristi.ttf"),
            Path.of("/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf"),
            Path.of("/usr/share/fonts/truetype/seto/setofont.ttf"),
            Path.of("/usr/share/fonts/truetype/kiloji/kiloji.ttf"),
            Path.of("/usr/share/fonts/truetype/nanum/NanumPen.ttf"),
            Path.of("/usr/share/fonts/truetype/nanum/NanumBrush.ttf"),
            Path.of("/usr/share/fonts/truetype/tomsontalks/TomsonTalks.ttf"),
            Path.of("/usr/share/fonts/truetype/aoyagi-soseki/aoyagi-soseki.ttf"),
            Path.of("/usr/share/fonts/truetype/aoyagi-kouzan-t/AoyagiKouzanT.ttf"),
            Path.of("/usr/share/fonts/truetype/kouzan-mouhitsu/KouzanBrushFontSousyo.ttf"),
            Path.of("/usr/share/fonts/opentype/havana/Havana-Regular.otf"),
            Path.of("/usr/share/fonts/truetype/leckerli-one/LeckerliOne-Regular.ttf"),
            Path.of("/usr/share/fonts/opentype/lobster/lobster.otf"),
            Path.of("/usr/share/fonts/truetype/Navilu/Navilu.ttf")), HELD_OUT.stream()).toList();

    /** Letters written beside the digits, per digit's examples. */
    private static final int LETTERS_PER_DIGIT = 2;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private FontDigits() {
    }

    /** The fonts of {@code files} that are installed and readable; those that are not are named on {@code log}. */
    public static List<Font> installed(List<Path> files, Consumer<String> log) throws IOException {
        List<Font> fonts = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                log.accept("Not installed, left out: " + file);
                continue;
            }
            try {
                fonts.add(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
            } catch (FontFormatException e) {
                log.accept("Not readable by Java2D, left out: " + file + " (" + e.getMessage() + ")");
            }
        }
        return fonts;
    }

    /**
     * Digits written in {@code fonts} as the network sees them, and what they are, for the model
     * card (null: none).
     */
    record Written(List<Font> fonts, Examples examples, String description) {

        static final Written NONE = new Written(List.of(), Examples.NONE, null);
    }

    /**
     * {@link #of} the fonts of {@link #FILES} that are installed, but for those whose file names
     * {@code leftOut} lists (comma-separated: fonts to measure a model on that it never saw).
     *
     * @throws IllegalStateException when none of them is installed
     */
    static Written ofInstalled(int perDigit, String leftOut, long seed) throws IOException {
        Set<String> names = Set.copyOf(List.of(leftOut.split(","))); // a name given twice is no error
        List<Font> fonts = installed(FILES.stream().filter(file -> !names.contains(file.getFileName().toString())).toList(),
                System.out::println);
        if (fonts.isEmpty()) {
            throw new IllegalStateException("None of the handwriting fonts to learn is installed (see FontDigits)");
        }
        return of(fonts, perDigit, seed);
    }

    /**
     * {@code perDigit} examples of each digit in each font and, as "not a digit", twice
     * {@code perDigit} of its letters (those of {@link Glyphs#LETTERS}, which cannot pass for a
     * digit): written in the same pens, so that the network learns the glyphs and not the pens.
     */
    static Written of(List<Font> fonts, int perDigit, long seed) {
        Random random = new Random(seed);
        int perFont = ModelContract.DIGITS * perDigit + LETTERS_PER_DIGIT * perDigit;
        int count = fonts.size() * perFont;
        float[] images = new float[count * PIXELS];
        int[] labels = new int[count];
        int i = 0;
        for (Font font : fonts) {
            for (int n = 0; n < perFont; n++, i++) {
                boolean digit = n < ModelContract.DIGITS * perDigit;
                labels[i] = digit ? n / perDigit : ModelContract.NOT_A_DIGIT;
                String text = digit ? String.valueOf(labels[i])
                        : Glyphs.LETTERS.get(random.nextInt(Glyphs.LETTERS.size())).name();
                System.arraycopy(written(font, text, random).networkInput(), 0, images, i * PIXELS, PIXELS);
            }
        }
        return new Written(List.copyOf(fonts), new Examples(images, labels), String.format(Locale.ROOT,
                "%d digits and %d letters (\"not a digit\") written in %d handwriting fonts (%s), %d of each digit in"
                        + " each, posed and sized at random (FontDigits, seed %d)",
                fonts.size() * ModelContract.DIGITS * perDigit, fonts.size() * LETTERS_PER_DIGIT * perDigit, fonts.size(),
                String.join(", ", fonts.stream().map(font -> font.getFontName(Locale.ROOT)).toList()), perDigit, seed));
    }

    /**
     * {@code text} (a digit or a letter) 40-160 pixels high, leaning up to 12 degrees either way
     * and turned up to 6, its strokes as the font draws them or up to a twentieth of its height bolder.
     */
    static InkRaster written(Font font, String text, Random random) {
        int height = 40 + random.nextInt(121);
        AffineTransform pose = AffineTransform.getRotateInstance(Math.toRadians(-6 + 12 * random.nextDouble()));
        pose.shear(Math.tan(Math.toRadians(-12 + 24 * random.nextDouble())), 0);
        Shape outline = pose.createTransformedShape(font.deriveFont(100f)
                .createGlyphVector(CONTEXT, text).getOutline());
        Rectangle2D ink = outline.getBounds2D();
        double scale = height / Math.max(1, ink.getHeight());
        AffineTransform place = AffineTransform.getTranslateInstance(height / 2.0, height / 2.0);
        place.scale(scale, scale);
        place.translate(-ink.getMinX(), -ink.getMinY());
        Shape glyph = place.createTransformedShape(outline);
        int width = (int) Math.ceil(ink.getWidth() * scale) + height;
        BufferedImage image = new BufferedImage(width, height * 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(glyph);
        float bolder = (float) (random.nextDouble() * height / 20);
        if (bolder > 1) {
            g.setStroke(new BasicStroke(bolder, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(glyph);
        }
        g.dispose();
        byte[] coverage = new byte[width * height * 2];
        image.getRaster().getDataElements(0, 0, width, height * 2, coverage);
        return new InkRaster(width, height * 2, coverage);
    }
}
