package com.digitrecognizer.training;

import com.digitrecognizer.recognition.InkRaster;

import java.util.List;

/**
 * Renders pen strokes as the drawing pad does, into what it sends: round caps and joins, one
 * pixel of anti-aliasing, coverage 0-255 cropped to the ink plus a 2-pixel margin.
 */
final class PadInk {

    private static final int MARGIN = 2;

    private PadInk() {
    }

    /** Renders {@code paths} (x,y pairs in pad pixels, one path per stroke) with the matching pen {@code widths}. */
    static InkRaster render(List<double[]> paths, double[] widths) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int s = 0; s < paths.size(); s++) {
            double[] path = paths.get(s);
            double reach = widths[s] / 2 + 1;
            for (int i = 0; i < path.length; i += 2) {
                minX = Math.min(minX, path[i] - reach);
                maxX = Math.max(maxX, path[i] + reach);
                minY = Math.min(minY, path[i + 1] - reach);
                maxY = Math.max(maxY, path[i + 1] + reach);
            }
        }
        int left = (int) Math.floor(minX) - MARGIN;
        int top = (int) Math.floor(minY) - MARGIN;
        Canvas canvas = new Canvas((int) Math.ceil(maxX) + MARGIN - left, (int) Math.ceil(maxY) + MARGIN - top);
        for (int s = 0; s < paths.size(); s++) {
            double[] path = paths.get(s);
            double radius = widths[s] / 2;
            canvas.capsule(path[0] - left, path[1] - top, path[0] - left, path[1] - top, radius);
            for (int i = 2; i < path.length; i += 2) {
                canvas.capsule(path[i - 2] - left, path[i - 1] - top, path[i] - left, path[i + 1] - top, radius);
            }
        }
        return canvas.raster();
    }

    /** Ink coverage 0..1 per pixel; overlapping strokes keep the stronger coverage, as opaque paint does. */
    record Canvas(int width, int height, float[] ink) {

        Canvas(int width, int height) {
            this(width, height, new float[width * height]);
        }

        /** Every pixel whose centre lies within {@code radius} + 0.5 of the segment from a to b. */
        void capsule(double ax, double ay, double bx, double by, double radius) {
            double reach = radius + 0.5;
            int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
            int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
            int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
            int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, by) + reach));
            double dx = bx - ax;
            double dy = by - ay;
            double length2 = Math.max(dx * dx + dy * dy, 1e-12);
            double reach2 = reach * reach;
            double inside2 = radius > 0.5 ? (radius - 0.5) * (radius - 0.5) : 0; // fully covered within
            for (int y = y0; y <= y1; y++) {
                double py = y + 0.5 - ay;
                for (int x = x0, i = y * width + x0; x <= x1; x++, i++) {
                    if (ink[i] == 1f) {
                        continue; // consecutive segments overlap: most pixels are already full
                    }
                    double px = x + 0.5 - ax;
                    double t = Math.clamp((px * dx + py * dy) / length2, 0, 1);
                    double ex = px - t * dx;
                    double ey = py - t * dy;
                    double distance2 = ex * ex + ey * ey;
                    if (distance2 <= inside2) {
                        ink[i] = 1f;
                    } else if (distance2 < reach2) {
                        // a pixel straddling the edge is covered by its share of the width
                        float coverage = (float) (reach - Math.sqrt(distance2));
                        if (coverage > ink[i]) {
                            ink[i] = coverage;
                        }
                    }
                }
            }
        }

        InkRaster raster() {
            byte[] coverage = new byte[ink.length];
            for (int i = 0; i < ink.length; i++) {
                coverage[i] = (byte) (int) (ink[i] * 255 + 0.5f); // not Math.round: its special cases cost here
            }
            return new InkRaster(width, height, coverage);
        }
    }
}
