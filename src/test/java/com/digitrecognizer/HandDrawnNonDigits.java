package com.digitrecognizer;

import com.digitrecognizer.DrawnDigits.Page;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Letters, symbols and scribbles that are not digits, drawn unlike training's generator so that
 * they measure rejection on shapes the network never saw: glyphs given as points on a 10x10 grid
 * joined by Catmull-Rom splines, jittered point by point, stroked by Java2D with a pen pressure
 * that swells and fades along each stroke, on pages as DrawnDigits draws them.
 */
public final class HandDrawnNonDigits {

    public enum Kind { LETTER, SYMBOL, SCRIBBLE }

    /** One drawing on a 280-pixel page; {@code name} is the glyph, or the kind of scribble. */
    public record Drawing(Kind kind, String name, BufferedImage image) {
        public byte[] png() {
            return DrawnDigits.png(image);
        }
    }

    /** Strokes separated by '|', points x,y on a 0-10 grid (y down); a point given twice is a corner, a lone point a dot. */
    private static final Map<String, String> LETTERS = glyphs(
            "C", "9,2 7,0 3,0 0,4 1,8 4,10 8,10 10,8",
            "E", "0,0 0,10 | 0,0 8,0 | 0,5 6,5 | 0,10 9,10",
            "F", "1,10 0,5 0,0 0,0 9,1 | 0,5 7,5",
            "H", "0,0 0,10 | 0,6 9,4 | 9,0 9,10",
            "K", "0,0 0,10 | 8,0 8,0 1,6 1,6 9,10",
            "L", "0,0 0,10 0,10 8,10",
            "M", "0,10 0,2 2,0 4,2 5,7 6,2 8,0 10,2 10,10",
            "N", "0,10 0,10 1,0 1,0 8,10 8,10 9,0",
            "R", "0,10 0,0 | 0,0 6,0 9,2 8,4 5,5 0,5 0,5 9,10",
            "U", "0,0 0,7 2,10 7,10 9,7 9,0",
            "W", "0,0 2,10 2,10 5,3 5,3 8,10 8,10 10,0",
            "c", "8,5 6,4 2,5 0,7 2,9.5 5,10 8,9",
            "e", "0,8 5,7 8,5 6,3 3,4 1,7 2,9.5 5,10 9,9",
            "h", "1,0 1,10 | 1,7 4,5 7,6 8,10",
            "k", "0,0 0,10 | 0,8 5,5 6,6 3,8 1,8 3,8 7,10",
            "m", "0,4 0,10 | 0,6 2,4 4,5 4,10 | 4,6 6,4 8,5 8,10",
            "r", "0,3 0,10 | 0,6 3,3 7,3",
            "u", "0,3 0,8 3,10 7,9 8,6 | 8,3 8,10",
            "v", "0,3 4,10 4,10 8,3",
            "x", "0,3 8,10 | 8,3 0,10");
    private static final Map<String, String> SYMBOLS = glyphs(
            "÷", "0,5 10,5 | 5,1.5 | 5,8.5",
            "≠", "0,3 10,3 | 0,7 10,7 | 7,0 3,10",
            "√", "0,6 2,5 2,5 4,10 4,10 7,0 7,0 10,0",
            "€", "9,1 6,0 3,1 1,5 3,9 6,10 9,9 | 0,4 6,4 | 0,6 6,6",
            "∞", "5,5 7,3 9,3 10,5 9,7 7,7 5,5 3,3 1,3 0,5 1,7 3,7 5,5",
            "π", "0,2 2,0 10,0 | 3,0 2,10 | 7,0 7,9 9,10",
            "→", "0,5 10,5 | 6,1 6,1 10,5 10,5 6,9",
            "✓", "0,6 3,10 3,10 10,0",
            "☆", "2,10 2,10 5,0 5,0 8,10 8,10 0,3.5 0,3.5 10,3.5 10,3.5 2,10",
            "☺", "5,0 9,2 10,5 9,8 5,10 1,8 0,5 1,2 5,0 | 3,4 | 7,4 | 3,7 5,8 7,7",
            "♥", "5,3 7,0 10,2 9,6 5,10 | 5,3 3,0 0,2 1,6 5,10",
            "#", "3,0 2,10 | 7,0 6,10 | 0,3 10,2 | 0,7 10,6",
            "?", "1,3 2,1 5,0 8,1 9,3 7,5 5,6 5,8 | 5,10",
            "&", "9,10 4,5 2,3 3,0 6,0 7,2 5,4 1,7 1,9 4,10 7,9 9,6",
            "@", "6,4 4,4 3,6 4,7 6,6 7,4 7,7 8,8 10,6 10,3 8,1 5,0 2,1 0,4 0,7 2,9 5,10 8,9");
    private static final List<String> SCRIBBLES = List.of("tangle", "scratch-out", "loops", "wave");

    private HandDrawnNonDigits() {
    }

    /** {@code count} drawings: letters, symbols and scribbles in about equal numbers, the same for the same seed. */
    public static List<Drawing> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Drawing> drawings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            String name = switch (kind) {
                case LETTER -> pick(List.copyOf(LETTERS.keySet()), random);
                case SYMBOL -> pick(List.copyOf(SYMBOLS.keySet()), random);
                case SCRIBBLE -> pick(SCRIBBLES, random);
            };
            List<List<double[]>> strokes = strokes(kind, name, random);
            Page page = Page.values()[random.nextInt(Page.values().length)];
            drawings.add(new Drawing(kind, name, new SplinePen(random).draw(strokes, page)));
        }
        return drawings;
    }

    /** One drawing of the letter, symbol or scribble {@code name} on {@code page}, the same for the same seed. */
    public static Drawing draw(String name, Page page, long seed) {
        Kind kind = LETTERS.containsKey(name) ? Kind.LETTER : SYMBOLS.containsKey(name) ? Kind.SYMBOL : Kind.SCRIBBLE;
        if (kind == Kind.SCRIBBLE && !SCRIBBLES.contains(name)) {
            throw new IllegalArgumentException("No glyph or scribble named " + name);
        }
        Random random = new Random(seed);
        return new Drawing(kind, name, new SplinePen(random).draw(strokes(kind, name, random), page));
    }

    private static List<List<double[]>> strokes(Kind kind, String name, Random random) {
        return switch (kind) {
            case LETTER -> parse(LETTERS.get(name));
            case SYMBOL -> parse(SYMBOLS.get(name));
            case SCRIBBLE -> scribble(name, random);
        };
    }

    /** A scribble on the 0-10 grid, as one stroke. */
    private static List<List<double[]>> scribble(String name, Random random) {
        List<double[]> points = new ArrayList<>();
        switch (name) {
            case "tangle" -> {
                // fewer points often make a digit: 6, 2, 8
                for (int i = 10 + random.nextInt(6); i > 0; i--) {
                    points.add(new double[] {10 * random.nextDouble(), 10 * random.nextDouble()});
                }
            }
            case "scratch-out" -> {
                // back and forth across a slanted band, as when crossing something out
                int lines = 8 + random.nextInt(7);
                for (int i = 0; i < lines; i++) {
                    double along = 10.0 * i / (lines - 1);
                    double[] turn = i % 2 == 0 ? new double[] {along, 10} : new double[] {along + 3, 0};
                    points.add(turn);
                    points.add(turn);
                }
            }
            case "loops" -> {
                // small loops running round a circle
                int loops = 6 + random.nextInt(4);
                for (int i = 0; i <= loops * 6; i++) {
                    double around = 2 * Math.PI * i / (loops * 6);
                    double loop = 2 * Math.PI * i / 6;
                    points.add(new double[] {5 + 4 * Math.cos(around) + 1.5 * Math.cos(loop), 5 + 4 * Math.sin(around) + 1.5 * Math.sin(loop)});
                }
            }
            default -> {
                // a wave, like a signature's tail
                double periods = 2 + random.nextDouble();
                for (int i = 0; i <= 40; i++) {
                    points.add(new double[] {i / 4.0, 5 + 3 * Math.sin(2 * Math.PI * periods * i / 40)});
                }
            }
        }
        return List.of(points);
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    private static Map<String, String> glyphs(String... namesAndStrokes) {
        Map<String, String> glyphs = new LinkedHashMap<>();
        for (int i = 0; i < namesAndStrokes.length; i += 2) {
            glyphs.put(namesAndStrokes[i], namesAndStrokes[i + 1]);
        }
        return glyphs;
    }

    /** Each stroke as its list of grid points; a dot is one point. */
    private static List<List<double[]>> parse(String glyph) {
        List<List<double[]>> strokes = new ArrayList<>();
        for (String stroke : glyph.split("\\|")) {
            List<double[]> points = new ArrayList<>();
            for (String point : stroke.trim().split("\\s+")) {
                String[] xy = point.split(",");
                points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            }
            strokes.add(points);
        }
        return strokes;
    }
}
