package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.PngChunks;
import com.digitrecognizer.recognition.RecognitionException.Reason;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(4096L * 4096);

    @Test
    void emptyInputIsRefused() {
        assertRefused(new byte[0], Reason.EMPTY_IMAGE, "empty");
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assertRefused("hello, world".getBytes(), Reason.UNDECODABLE_IMAGE, "not an image");
    }

    @Test
    void aTruncatedImageIsRefused() {
        byte[] png = DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(0), 100, 80, 10, 10, 0,
                DrawnDigits.Page.DARK_ON_LIGHT));
        assertRefused(Arrays.copyOf(png, png.length / 2), Reason.UNDECODABLE_IMAGE, "corrupt or truncated");
    }

    @Test
    void anImageClaimingTooManyPixelsIsRefusedFromItsHeader() {
        long start = System.nanoTime();
        assertRefused(pngHeader(30_000, 30_000), Reason.TOO_MANY_PIXELS, "30000x30000");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void aHeaderOfNoBytesIsRefused() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        PngChunks.write(png, "IHDR", new byte[0]);
        PngChunks.write(png, "IEND", new byte[0]);

        assertRefused(png.toByteArray(), Reason.UNDECODABLE_IMAGE, "corrupt");
    }

    /**
     * An image of more than 2 million pixels is read at every second (third, ...) pixel each way,
     * PNG or JPEG: a 4096x4096 image whole would take more heap than the deployed app has.
     */
    @Test
    void aLargeImageIsReadAtFewerPixels() throws Exception {
        BufferedImage large = new BufferedImage(4096, 2048, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = large.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 4096, 2048);
        g.setColor(Color.BLACK);
        g.fillRect(1000, 500, 40, 1000);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(large, "jpeg", jpeg);

        for (byte[] image : List.of(DrawnDigits.png(large), jpeg.toByteArray())) {
            SampledInk sampled = decoder.decode(image, PagePixels.UNLIMITED.share());

            assertThat(sampled.every()).isEqualTo(2);
            assertThat(sampled.ink().width()).isEqualTo(2048);
            assertThat(sampled.ink().height()).isEqualTo(1024);
            assertThat(sampled.ink().ink()[1000 * 2048 / 2 + 510]).isGreaterThan(0.9f); // the bar, at half its place
        }
    }

    /** A PNG signature and a valid IHDR chunk claiming {@code width x height}, then nothing. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        PngChunks.write(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                .put(new byte[4]).array());
        return out.toByteArray();
    }

    private void assertRefused(byte[] bytes, Reason reason, String message) {
        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(RecognitionException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((RecognitionException) e).reason()).isEqualTo(reason);
    }
}
