package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.ModelContract;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Small PNG data URLs: a drawing's thumbnail and the 28x28 image the network saw. */
public final class Thumbnails {

    private static final int THUMBNAIL = 48;

    private Thumbnails() {
    }

    /** The drawing (ink coverage, one byte a pixel) as dark ink on white, fitted into 48x48. */
    static String ofDrawing(int width, int height, byte[] coverage) {
        BufferedImage drawing = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = pixels(drawing);
        for (int i = 0; i < coverage.length; i++) {
            pixels[i] = (byte) (255 - (coverage[i] & 0xff));
        }
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage thumbnail = new BufferedImage(THUMBNAIL, THUMBNAIL, BufferedImage.TYPE_BYTE_GRAY);
        var graphics = thumbnail.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, THUMBNAIL, THUMBNAIL);
        graphics.drawImage(drawing, (THUMBNAIL - w) / 2, (THUMBNAIL - h) / 2, w, h, null);
        graphics.dispose();
        return dataUrl(thumbnail);
    }

    /** The network's 28x28 input as MNIST shows it: white ink on black (also the admin grid's thumbnails). */
    public static String ofNetworkInput(float[] input) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = pixels(image);
        for (int i = 0; i < input.length; i++) {
            pixels[i] = (byte) Math.round(input[i] * 255);
        }
        return dataUrl(image);
    }

    /**
     * The same from the stored form of network inputs (a byte a pixel, ink = 255, 28x28 a digit):
     * a number's digits side by side, as the network saw each of them.
     */
    public static String ofNetworkInput(byte[] stored) {
        int digits = Math.max(1, stored.length / ModelContract.PIXELS);
        BufferedImage image = new BufferedImage(ModelContract.SIDE * digits, ModelContract.SIDE, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = pixels(image);
        for (int digit = 0; digit < stored.length / ModelContract.PIXELS; digit++) {
            for (int row = 0; row < ModelContract.SIDE; row++) {
                System.arraycopy(stored, digit * ModelContract.PIXELS + row * ModelContract.SIDE, pixels,
                        (row * digits + digit) * ModelContract.SIDE, ModelContract.SIDE);
            }
        }
        return dataUrl(image);
    }

    /** The grey bytes of a new TYPE_BYTE_GRAY image, row by row: far cheaper than setSample per pixel. */
    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }

    private static String dataUrl(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        // in memory: ImageIO's default stream would write a temporary file for every image
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
