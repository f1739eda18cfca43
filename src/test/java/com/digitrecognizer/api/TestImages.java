package com.digitrecognizer.api;

import com.digitrecognizer.PngChunks;
import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Images for the API tests: MNIST digits from src/test/resources/api (see its README) in
 * several encodings, and broken or hostile ones made on the fly.
 */
final class TestImages {

    private TestImages() {
    }

    /** The digit's fixture: a 280x280 grey PNG, black ink on white. */
    static byte[] digit(int digit) {
        try (InputStream in = TestImages.class.getResourceAsStream("/api/digit-" + digit + ".png")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no fixture for digit " + digit, e);
        }
    }

    /** The digit's fixture re-encoded as {@code format} (jpeg, gif, bmp, png), at {@code side} x {@code side}. */
    static byte[] digit(int digit, String format, int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.drawImage(decode(digit(digit)), 0, 0, side, side, null);
        g.dispose();
        return encode(image, format);
    }

    /** A white page with nothing on it. */
    static byte[] blankPage() {
        BufferedImage image = new BufferedImage(280, 280, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 280, 280);
        g.dispose();
        return encode(image, "png");
    }

    /** The first {@code length} bytes of a digit's PNG: a valid start, then nothing. */
    static byte[] truncatedDigit(int length) {
        return Arrays.copyOf(digit(7), length);
    }

    /**
     * A decompression bomb: a valid PNG (signature, IHDR with a correct CRC) that claims
     * {@code side} x {@code side} grey pixels, followed by {@code size} bytes of IDAT. Decoding
     * it would need side² bytes of memory; only its header should ever be read.
     */
    static byte[] pngBomb(int side, int size) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put(new byte[4]);
        PngChunks.write(png, "IHDR", header.array());
        PngChunks.write(png, "IDAT", new byte[size]);
        PngChunks.write(png, "IEND", new byte[0]);
        return png.toByteArray();
    }


    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("ImageIO cannot write " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
