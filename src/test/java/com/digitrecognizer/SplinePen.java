package com.digitrecognizer;

import com.digitrecognizer.DrawnDigits.Page;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws strokes given as points on a 0-10 grid onto a 280-pixel page: each point jittered, the
 * points joined by a Catmull-Rom spline, the glyph turned up to 15° and fitted in 80-240 pixels
 * anywhere on the page, with a pen whose pressure swells and fades along each stroke.
 */
final class SplinePen {

    private static final int PAGE = 280;
    private static final int STEPS_PER_SPAN = 8;

    private final Random random;

    SplinePen(Random random) {
        this.random = random;
    }

    BufferedImage draw(List<List<double[]>> strokes, Page page) {
        double turn = Math.toRadians(30 * random.nextDouble() - 15);
        double size = 80 + 160 * random.nextDouble();
        double scale = size / 12.5; // the grid, turned up to 15°, fits in size
        double left = (PAGE - size) * random.nextDouble();
        double top = (PAGE - size) * random.nextDouble();
        double pen = size * (0.05 + 0.06 * random.nextDouble());
        BufferedImage image = new BufferedImage(PAGE, PAGE,
                page == Page.TRANSPARENT ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (page != Page.TRANSPARENT) {
            g.setColor(page == Page.DARK_ON_LIGHT ? Color.WHITE : Color.BLACK);
            g.fillRect(0, 0, PAGE, PAGE);
        }
        g.setColor(page == Page.DARK_ON_LIGHT ? Color.BLACK : page == Page.LIGHT_ON_DARK ? Color.WHITE : new Color(0x202080));
        g.translate(left + size / 2, top + size / 2);
        g.rotate(turn);
        g.scale(scale, scale);
        g.translate(-5, -5);
        for (List<double[]> stroke : strokes) {
            List<double[]> path = spline(jittered(stroke));
            if (path.size() == 1) {
                double r = pen / scale / 2;
                g.fill(new Ellipse2D.Double(path.get(0)[0] - r, path.get(0)[1] - r, 2 * r, 2 * r));
            }
            for (int i = 1; i < path.size(); i++) {
                // pressure: light at the touch-down, heaviest mid-stroke, lifting at the end
                double pressure = Math.pow(Math.sin(Math.PI * i / path.size()), 0.6);
                g.setStroke(new BasicStroke((float) (pen * (0.55 + 0.7 * pressure) / scale),
                        BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(path.get(i - 1)[0], path.get(i - 1)[1], path.get(i)[0], path.get(i)[1]));
            }
        }
        g.dispose();
        return image;
    }

    private List<double[]> jittered(List<double[]> stroke) {
        List<double[]> points = new ArrayList<>(stroke.size());
        for (double[] p : stroke) {
            points.add(new double[] {p[0] + 0.3 * random.nextGaussian(), p[1] + 0.3 * random.nextGaussian()});
        }
        // a corner is a point given twice: keep the twins together
        for (int i = 1; i < stroke.size(); i++) {
            if (stroke.get(i)[0] == stroke.get(i - 1)[0] && stroke.get(i)[1] == stroke.get(i - 1)[1]) {
                points.set(i, points.get(i - 1));
            }
        }
        return points;
    }

    /** The uniform Catmull-Rom spline through the points, each end's tangent pointing at its neighbour. */
    private static List<double[]> spline(List<double[]> points) {
        List<double[]> path = new ArrayList<>();
        path.add(points.get(0));
        for (int i = 0; i + 1 < points.size(); i++) {
            double[] p0 = points.get(Math.max(0, i - 1));
            double[] p1 = points.get(i);
            double[] p2 = points.get(i + 1);
            double[] p3 = points.get(Math.min(points.size() - 1, i + 2));
            for (int s = 1; s <= STEPS_PER_SPAN; s++) {
                double t = (double) s / STEPS_PER_SPAN;
                double[] point = new double[2];
                for (int axis = 0; axis < 2; axis++) {
                    point[axis] = 0.5 * (2 * p1[axis] + (-p0[axis] + p2[axis]) * t
                            + (2 * p0[axis] - 5 * p1[axis] + 4 * p2[axis] - p3[axis]) * t * t
                            + (-p0[axis] + 3 * p1[axis] - 3 * p2[axis] + p3[axis]) * t * t * t);
                }
                path.add(point);
            }
        }
        return path;
    }
}
