package com.digitrecognizer.training;

import com.digitrecognizer.recognition.InkRaster;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws a skeleton on the pad as a person would: turned, slanted and stretched a little, 100-250
 * pixels across on the 280-pixel pad, with a pen 5-31 pixels wide (the pad offers 4-40, 16 by
 * default), a slow wobble and strokes that do not quite meet where they should.
 */
final class Hand {

    /** How far a hand may turn, slant (x shift per unit of y) and stretch (aspect factor) a skeleton. */
    record Style(double maxTurnDegrees, double maxSlant, double maxStretch) {
        static final Style UPRIGHT = new Style(12, 0.2, 1.2);
        static final Style ANY_TURN = new Style(180, 0.2, 1.5);
        static final Style AS_GIVEN = new Style(0, 0, 1);
    }

    private final RandomGenerator random;

    Hand(RandomGenerator random) {
        this.random = random;
    }

    InkRaster draw(List<double[]> skeleton, Style style) {
        double turn = Math.toRadians(uniform(-style.maxTurnDegrees(), style.maxTurnDegrees()));
        double slant = uniform(-style.maxSlant(), style.maxSlant());
        double stretch = Math.exp(uniform(-1, 1) * Math.log(style.maxStretch()));
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        List<double[]> paths = new ArrayList<>(skeleton.size());
        for (double[] stroke : skeleton) {
            double[] path = new double[stroke.length];
            for (int i = 0; i < stroke.length; i += 2) {
                double x = (stroke[i] - 0.5) * stretch + slant * (stroke[i + 1] - 0.5);
                double y = stroke[i + 1] - 0.5;
                path[i] = cos * x - sin * y;
                path[i + 1] = sin * x + cos * y;
            }
            paths.add(path);
        }
        double extent = extent(paths);
        double size = uniform(100, 250);
        double scale = size / extent;
        double wobble = uniform(0.01, 0.03) * extent;
        double frequencyX = uniform(3, 9);
        double frequencyY = uniform(3, 9);
        double phaseX = uniform(0, 2 * Math.PI);
        double phaseY = uniform(0, 2 * Math.PI);
        // a twentieth to an eighth of the size: from a fine pen on a large drawing (the 20-pixel
        // box then holds a 1-pixel stroke, MNIST's thinnest) to a thick one on a small drawing
        double pen = size * uniform(0.05, 0.125);
        double[] widths = new double[paths.size()];
        for (int s = 0; s < paths.size(); s++) {
            double[] path = paths.get(s);
            double offsetX = random.nextGaussian() * 0.012 * extent;
            double offsetY = random.nextGaussian() * 0.012 * extent;
            for (int i = 0; i < path.length; i += 2) {
                double x = path[i];
                double y = path[i + 1];
                path[i] = scale * (x + wobble * Math.sin(frequencyY * y + phaseX) + offsetX);
                path[i + 1] = scale * (y + wobble * Math.sin(frequencyX * x + phaseY) + offsetY);
            }
            widths[s] = pen * uniform(0.9, 1.1);
        }
        return PadInk.render(paths, widths);
    }

    /** The longer side of the paths' bounding box. */
    private static double extent(List<double[]> paths) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] path : paths) {
            for (int i = 0; i < path.length; i += 2) {
                minX = Math.min(minX, path[i]);
                maxX = Math.max(maxX, path[i]);
                minY = Math.min(minY, path[i + 1]);
                maxY = Math.max(maxY, path[i + 1]);
            }
        }
        return Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
