package com.digitrecognizer.training;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static com.digitrecognizer.training.Strokes.arc;
import static com.digitrecognizer.training.Strokes.curve;
import static com.digitrecognizer.training.Strokes.join;
import static com.digitrecognizer.training.Strokes.line;

/** Random stroke skeletons in a unit box: scribbles and tangles, bars and hooks, open arcs. */
final class Shapes {

    /**
     * Steepest bar, in degrees from horizontal: a steeper one is how MNIST writes a 1, so a
     * vertical bar must stay a digit.
     */
    private static final double STEEPEST_BAR = 40;

    private final RandomGenerator random;

    Shapes(RandomGenerator random) {
        this.random = random;
    }

    /** A random track, a coil of loops, a zigzag scratch-out, a spiral, or a few scattered marks. */
    List<double[]> scribble() {
        return switch (random.nextInt(5)) {
            case 0 -> List.of(curve(randomPoints(8 + random.nextInt(7))));
            case 1 -> List.of(coil());
            case 2 -> List.of(zigzag());
            case 3 -> List.of(spiral());
            default -> scattered();
        };
    }

    /** A straight bar at most {@link #STEEPEST_BAR} from horizontal, or a nearly level one with a short hook at one end. */
    List<double[]> barOrHook() {
        boolean hook = random.nextDouble() < 0.4;
        double angle = Math.toRadians(hook ? uniform(-15, 15) : uniform(-STEEPEST_BAR, STEEPEST_BAR));
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        double[] bar = line(0, 0, dx, dy);
        if (!hook) {
            return List.of(bar);
        }
        // a hook of a fifth to a third of the bar, bent 60-130° at either end, never down at the
        // right end: that is a 7
        double length = uniform(0.2, 0.33);
        boolean atEnd = random.nextBoolean();
        double bend = Math.toRadians(uniform(60, 130)) * (atEnd || random.nextBoolean() ? -1 : 1);
        double baseX = atEnd ? dx : 0;
        double baseY = atEnd ? dy : 0;
        double direction = angle + (atEnd ? bend : Math.PI - bend);
        double[] tip = line(baseX, baseY, baseX + length * Math.cos(direction), baseY + length * Math.sin(direction));
        return List.of(atEnd ? join(bar, tip) : join(reversed(tip), bar));
    }

    /** An open arc of an ellipse, 180-260° of it: a loop left unclosed. */
    List<double[]> openArc() {
        return List.of(arc(0.5, 0.5, 0.5, uniform(0.35, 0.5), uniform(0, 360), uniform(180, 260)));
    }

    private double[] coil() {
        int loops = 3 + random.nextInt(4);
        double height = uniform(0.25, 0.45);
        double[] points = new double[2 * (loops * 16 + 1)];
        for (int i = 0; i < points.length / 2; i++) {
            double t = (double) i / (points.length / 2 - 1);
            double turn = 2 * Math.PI * loops * t;
            points[2 * i] = t + 0.12 * Math.cos(turn + Math.PI);
            points[2 * i + 1] = 0.5 - height * Math.sin(turn);
        }
        return line(points);
    }

    private double[] zigzag() {
        int peaks = 4 + random.nextInt(6);
        double[] points = new double[2 * (peaks + 1)];
        for (int i = 0; i <= peaks; i++) {
            points[2 * i] = (i + uniform(-0.2, 0.2)) / peaks;
            points[2 * i + 1] = i % 2 == 0 ? uniform(0.7, 1) : uniform(0, 0.3);
        }
        return line(points);
    }

    private double[] spiral() {
        double turns = uniform(2, 3.5);
        int count = (int) (turns * 24);
        double start = uniform(0, 2 * Math.PI);
        double[] points = new double[2 * count];
        for (int i = 0; i < count; i++) {
            double t = (double) i / (count - 1);
            double angle = start + 2 * Math.PI * turns * t;
            points[2 * i] = 0.5 + 0.5 * t * Math.cos(angle);
            points[2 * i + 1] = 0.5 + 0.5 * t * Math.sin(angle);
        }
        return line(points);
    }

    private List<double[]> scattered() {
        List<double[]> marks = new ArrayList<>();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            marks.add(curve(randomPoints(2 + random.nextInt(3))));
        }
        return marks;
    }

    private double[] randomPoints(int count) {
        double[] points = new double[2 * count];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextDouble();
        }
        return points;
    }

    private static double[] reversed(double[] path) {
        double[] reversed = new double[path.length];
        for (int i = 0; i < path.length; i += 2) {
            reversed[path.length - 2 - i] = path[i];
            reversed[path.length - 1 - i] = path[i + 1];
        }
        return reversed;
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
