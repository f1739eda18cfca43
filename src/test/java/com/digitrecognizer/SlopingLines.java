package com.digitrecognizer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Numbers written on a line that slopes, as a hurried hand or a photo taken askew gives them. */
public final class SlopingLines {

    private SlopingLines() {
    }

    /**
     * The number's page turned {@code degrees} about its centre (positive: rising to the right),
     * on a page large enough to hold it, dark on white, as a grey PNG.
     */
    public static byte[] written(DrawnNumbers.Number number, double degrees) {
        double angle = Math.toRadians(-degrees);
        double cos = Math.abs(Math.cos(angle));
        double sin = Math.abs(Math.sin(angle));
        int width = (int) Math.ceil(number.width() * cos + number.height() * sin);
        int height = (int) Math.ceil(number.width() * sin + number.height() * cos);
        BufferedImage ink = new BufferedImage(number.width(), number.height(), BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < number.coverage().length; i++) {
            ink.setRGB(i % number.width(), i / number.width(), (number.coverage()[i] & 0xff) << 24);
        }
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform turn = new AffineTransform();
        turn.translate(width / 2.0, height / 2.0);
        turn.rotate(angle);
        turn.translate(-number.width() / 2.0, -number.height() / 2.0);
        g.drawImage(ink, turn, null);
        g.dispose();
        return DrawnDigits.png(page);
    }
}
