package com.digitrecognizer.corrections;

import com.digitrecognizer.recognition.InkRaster;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Drawings as stored: PNGs anyone can open, and the network's 28x28 input as bytes. */
final class Drawings {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Drawings() {
    }

    /** The pad's drawing as dark ink on a white page, a grey PNG of its own size. */
    static byte[] png(InkRaster drawing) {
        BufferedImage image = new BufferedImage(Math.max(1, drawing.width()), Math.max(1, drawing.height()),
                BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] coverage = drawing.coverage();
        for (int i = 0; i < coverage.length; i++) {
            pixels[i] = (byte) (255 - (coverage[i] & 0xff));
        }
        return encode(image);
    }

    /**
     * An image sent to the API, as a PNG: kept as it is when it is one, re-encoded otherwise. Only
     * called once the recognizer has read it, so its size and format are known to be good.
     */
    static byte[] png(byte[] image) {
        if (image.length >= PNG_SIGNATURE.length
                && Arrays.equals(image, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return image;
        }
        try {
            return encode(ImageIO.read(new ByteArrayInputStream(image)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The network's inputs (0..1, ink = 1) as one byte a pixel, ink = 255, one image after another:
     * as MNIST's IDX files hold them.
     */
    static byte[] bytes(List<float[]> networkInputs) {
        byte[] bytes = new byte[networkInputs.stream().mapToInt(input -> input.length).sum()];
        int i = 0;
        for (float[] input : networkInputs) {
            for (float value : input) {
                bytes[i++] = (byte) Math.round(Math.clamp(value, 0f, 1f) * 255);
            }
        }
        return bytes;
    }

    static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        // in memory: ImageIO's default stream would write a temporary file for every image
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
