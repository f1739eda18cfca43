package com.digitrecognizer.training;

import java.util.Arrays;

/**
 * Building blocks of stroke skeletons: a stroke is one pen-down path as x,y pairs (y down),
 * dense enough (steps of at most {@link #STEP}) that a hand's wobble bends straight lines too.
 */
final class Strokes {

    static final double STEP = 0.04;

    private Strokes() {
    }

    /** A polyline through the given x,y corners. */
    static double[] line(double... corners) {
        Path path = new Path(corners[0], corners[1]);
        for (int i = 2; i < corners.length; i += 2) {
            double fromX = corners[i - 2];
            double fromY = corners[i - 1];
            int steps = steps(Math.hypot(corners[i] - fromX, corners[i + 1] - fromY));
            for (int s = 1; s <= steps; s++) {
                double t = (double) s / steps;
                path.add(fromX + t * (corners[i] - fromX), fromY + t * (corners[i + 1] - fromY));
            }
        }
        return path.points();
    }

    /** An elliptic arc about (cx, cy) from angle {@code from}, {@code sweep} degrees clockwise on screen (negative: anticlockwise). */
    static double[] arc(double cx, double cy, double rx, double ry, double from, double sweep) {
        int steps = steps(Math.toRadians(Math.abs(sweep)) * Math.max(rx, ry));
        Path path = new Path(cx + rx * Math.cos(Math.toRadians(from)), cy + ry * Math.sin(Math.toRadians(from)));
        for (int s = 1; s <= steps; s++) {
            double angle = Math.toRadians(from + sweep * s / steps);
            path.add(cx + rx * Math.cos(angle), cy + ry * Math.sin(angle));
        }
        return path.points();
    }

    /**
     * A smooth curve as the pad smooths a pointer's track: quadratic Bézier pieces from midpoint to
     * midpoint, each given point the control point of its piece; starts and ends on the first and last point.
     */
    static double[] curve(double... points) {
        Path path = new Path(points[0], points[1]);
        double fromX = points[0];
        double fromY = points[1];
        for (int i = 2; i < points.length; i += 2) {
            double controlX = points[i];
            double controlY = points[i + 1];
            boolean last = i + 2 >= points.length;
            double toX = last ? controlX : (controlX + points[i + 2]) / 2;
            double toY = last ? controlY : (controlY + points[i + 3]) / 2;
            int steps = steps(Math.hypot(controlX - fromX, controlY - fromY) + Math.hypot(toX - controlX, toY - controlY));
            for (int s = 1; s <= steps; s++) {
                double t = (double) s / steps;
                double a = (1 - t) * (1 - t);
                double b = 2 * t * (1 - t);
                double c = t * t;
                path.add(a * fromX + b * controlX + c * toX, a * fromY + b * controlY + c * toY);
            }
            fromX = toX;
            fromY = toY;
        }
        return path.points();
    }

    /** The pen put down and lifted. */
    static double[] dot(double x, double y) {
        return new double[] {x, y};
    }

    /** Pieces drawn in one go, each starting where the last ended. */
    static double[] join(double[]... pieces) {
        Path path = new Path(pieces[0][0], pieces[0][1]);
        for (double[] piece : pieces) {
            for (int i = 0; i < piece.length; i += 2) {
                path.add(piece[i], piece[i + 1]);
            }
        }
        return path.points();
    }

    private static int steps(double length) {
        return Math.max(1, (int) Math.ceil(length / STEP));
    }

    /** A growing list of points that skips a point equal to the last. */
    private static final class Path {

        private double[] xy = new double[64];
        private int size;

        Path(double x, double y) {
            add(x, y);
        }

        void add(double x, double y) {
            if (size > 0 && xy[size - 2] == x && xy[size - 1] == y) {
                return;
            }
            if (size == xy.length) {
                xy = Arrays.copyOf(xy, size * 2);
            }
            xy[size++] = x;
            xy[size++] = y;
        }

        double[] points() {
            return Arrays.copyOf(xy, size);
        }
    }
}
