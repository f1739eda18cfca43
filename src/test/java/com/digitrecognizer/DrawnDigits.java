package com.digitrecognizer;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * MNIST test digits redrawn the way people draw on a canvas: crisp strokes at any size and
 * place on a page, thinner or thicker, dark on light, light on dark, or on a transparent page.
 */
public final class DrawnDigits {

    public enum Page { DARK_ON_LIGHT, LIGHT_ON_DARK, TRANSPARENT }

    private static final int[][] NEIGHBOURS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private DrawnDigits() {
    }

    /**
     * Draws {@code digit} (28x28, ink = 1) scaled to {@code size} px at ({@code x},{@code y}) on a
     * {@code canvas}-px page, its strokes grown (positive) or shrunk (negative) by {@code strokeDelta} px.
     */
    public static BufferedImage draw(float[] digit, int canvas, int size, int x, int y, int strokeDelta, Page page) {
        float[] ink = new float[canvas * canvas];
        double scale = size / 28.0;
        for (int py = Math.max(0, y); py < Math.min(canvas, y + size); py++) {
            for (int px = Math.max(0, x); px < Math.min(canvas, x + size); px++) {
                float value = bilinear(digit, (px - x) / scale - 0.5, (py - y) / scale - 0.5);
                ink[py * canvas + px] = value > 0.45f ? 1f : 0f;
            }
        }
        for (int i = 0; i < Math.abs(strokeDelta); i++) {
            ink = morph(ink, canvas, strokeDelta > 0);
        }
        BufferedImage image = new BufferedImage(canvas, canvas,
                page == Page.TRANSPARENT ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < ink.length; i++) {
            int level = Math.round(ink[i] * 255);
            int rgb = switch (page) {
                case DARK_ON_LIGHT -> gray(255 - level);
                case LIGHT_ON_DARK -> gray(level);
                case TRANSPARENT -> (level << 24) | 0x202080;
            };
            image.setRGB(i % canvas, i / canvas, rgb);
        }
        return image;
    }

    /**
     * Draws {@code digit} as people draw on the pad, at random: 70-280 px tall anywhere on a
     * 280-px page, one pixel thinner up to three thicker, on any kind of page.
     */
    public static BufferedImage drawAnyhow(float[] digit, Random random) {
        int size = 70 + random.nextInt(211);
        return draw(digit, 280, size, random.nextInt(280 - size + 1), random.nextInt(280 - size + 1),
                random.nextInt(5) - 1, Page.values()[random.nextInt(Page.values().length)]);
    }

    /** The ink of a drawing on a {@link Page#TRANSPARENT} page as the pad sends it: its alpha, 0-255, row by row. */
    public static byte[] coverage(BufferedImage transparentPage) {
        int width = transparentPage.getWidth();
        byte[] coverage = new byte[width * transparentPage.getHeight()];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = (byte) (transparentPage.getRGB(i % width, i / width) >>> 24);
        }
        return coverage;
    }

    /** A pen as the pad's on {@code page}: round, 18 pixels wide, black, antialiased. */
    public static Graphics2D padPen(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return g;
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int gray(int level) {
        return (level << 16) | (level << 8) | level;
    }

    /** The 28x28 {@code image} between pixel centres (pixel i at i + 0.5), 0 outside. */
    static float bilinear(float[] image, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * at(image, x0, y0) + fx * at(image, x0 + 1, y0))
                + fy * ((1 - fx) * at(image, x0, y0 + 1) + fx * at(image, x0 + 1, y0 + 1)));
    }

    private static float at(float[] image, int x, int y) {
        return x < 0 || y < 0 || x >= 28 || y >= 28 ? 0 : image[y * 28 + x];
    }

    private static float[] morph(float[] ink, int side, boolean grow) {
        float[] out = new float[ink.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                float v = ink[y * side + x];
                for (int[] d : NEIGHBOURS) {
                    int nx = x + d[0];
                    int ny = y + d[1];
                    float n = nx < 0 || ny < 0 || nx >= side || ny >= side ? 0 : ink[ny * side + nx];
                    v = grow ? Math.max(v, n) : Math.min(v, n);
                }
                out[y * side + x] = v;
            }
        }
        return out;
    }
}
