package com.digitrecognizer.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made strokes of the digits 0-9 (and of a letter) as a person draws them, in a unit square (0..1, y down),
 * to be scaled to the pad's height; and numbers, written with them side by side. Curves are sampled every few
 * degrees, lines every 0.03 units.
 */
final class DigitShapes {

    /** A point of a stroke, in units of the pad's height. */
    record Point(double x, double y) {
    }

    /** One pen-down-to-pen-up movement. */
    record Stroke(List<Point> points) {
    }

    private static final double LINE_STEP = 0.1;
    private static final double ARC_STEP_DEGREES = 15;

    /** The stem of a 7 drawn in two strokes: alone, it reads as a 1. */
    static final Stroke SEVEN_STEM = stroke(line(0.72, 0.18, 0.45, 0.86));
    /** The bar that makes {@link #SEVEN_STEM} a 7. */
    static final Stroke SEVEN_BAR = stroke(line(0.3, 0.18, 0.72, 0.18));
    /** A capital M in one stroke: no digit at all. */
    static final Stroke LETTER_M = stroke(line(0.22, 0.82, 0.22, 0.2), line(0.22, 0.2, 0.5, 0.62),
            line(0.5, 0.62, 0.78, 0.2), line(0.78, 0.2, 0.78, 0.82));

    private DigitShapes() {
    }

    /**
     * The strokes of the number {@code digits}, each digit drawn {@code 0.6} of the pad's height
     * tall, {@code 0.45} of it from the previous one: about as people write a number on the pad.
     */
    static List<Stroke> ofNumber(String digits) {
        List<Stroke> strokes = new ArrayList<>();
        for (int i = 0; i < digits.length(); i++) {
            double left = 0.1 + 0.45 * i;
            for (Stroke stroke : of(digits.charAt(i) - '0')) {
                strokes.add(new Stroke(stroke.points().stream()
                        .map(p -> new Point(left + 0.6 * p.x(), 0.2 + 0.6 * p.y())).toList()));
            }
        }
        return strokes;
    }

    /** The strokes of {@code digit}, in drawing order. */
    static List<Stroke> of(int digit) {
        return switch (digit) {
            case 0 -> List.of(stroke(arc(0.5, 0.5, 0.2, 0.32, -90, -460)));
            case 1 -> List.of(stroke(line(0.52, 0.15, 0.48, 0.85)));
            case 2 -> List.of(stroke(arc(0.5, 0.33, 0.18, 0.17, 195, 400), line(0.64, 0.44, 0.3, 0.84),
                    line(0.3, 0.84, 0.72, 0.84)));
            case 3 -> List.of(stroke(arc(0.48, 0.32, 0.17, 0.15, 200, 450), arc(0.48, 0.64, 0.2, 0.18, -90, 160)));
            case 4 -> List.of(stroke(line(0.58, 0.15, 0.28, 0.62), line(0.28, 0.62, 0.76, 0.62)),
                    stroke(line(0.6, 0.38, 0.6, 0.88)));
            case 5 -> List.of(stroke(line(0.68, 0.16, 0.37, 0.16), line(0.37, 0.16, 0.34, 0.47),
                    arc(0.48, 0.64, 0.2, 0.19, 225, 510)));
            case 6 -> List.of(stroke(arc(0.7, 0.62, 0.37, 0.48, 260, 180), arc(0.5, 0.68, 0.17, 0.16, 180, -170)));
            case 7 -> List.of(stroke(line(0.3, 0.18, 0.72, 0.18), line(0.72, 0.18, 0.45, 0.86)));
            case 8 -> List.of(stroke(figureEight()));
            case 9 -> List.of(stroke(arc(0.5, 0.33, 0.17, 0.16, -10, -360), line(0.67, 0.33, 0.63, 0.86)));
            default -> throw new IllegalArgumentException("Not a digit: " + digit);
        };
    }

    @SafeVarargs
    private static Stroke stroke(List<Point>... pieces) {
        List<Point> points = new ArrayList<>();
        for (List<Point> piece : pieces) {
            points.addAll(piece);
        }
        return new Stroke(List.copyOf(points));
    }

    private static List<Point> line(double x0, double y0, double x1, double y1) {
        int steps = Math.max(1, (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / LINE_STEP));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            points.add(new Point(x0 + t * (x1 - x0), y0 + t * (y1 - y0)));
        }
        return points;
    }

    /** An elliptic arc from angle {@code from} to {@code to} (degrees; 0 = right, 90 = down). */
    private static List<Point> arc(double cx, double cy, double rx, double ry, double from, double to) {
        int steps = Math.max(1, (int) Math.ceil(Math.abs(to - from) / ARC_STEP_DEGREES));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double angle = Math.toRadians(from + (to - from) * i / steps);
            points.add(new Point(cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)));
        }
        return points;
    }

    /** An 8 in one stroke: top, down through the middle to the bottom loop, back up to the top. */
    private static List<Point> figureEight() {
        List<Point> points = new ArrayList<>();
        double end = 2 * Math.PI + 0.3;
        for (double t = 0; t <= end; t += Math.toRadians(ARC_STEP_DEGREES)) {
            points.add(new Point(0.5 + 0.17 * Math.sin(2 * t), 0.5 - 0.33 * Math.cos(t)));
        }
        return points;
    }
}
