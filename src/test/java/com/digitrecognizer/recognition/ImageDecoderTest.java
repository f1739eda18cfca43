package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.recognition.RecognitionException.Reason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

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

    /** A PNG signature and a valid IHDR chunk claiming {@code width x height}, then nothing. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer chunk = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(chunk.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    private void assertRefused(byte[] bytes, Reason reason, String message) {
        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(RecognitionException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((RecognitionException) e).reason()).isEqualTo(reason);
    }
}
