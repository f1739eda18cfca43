package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SimplePngTest {

    private final ImageDecoder decoder = new ImageDecoder(4096L * 4096);
    private final Random random = new Random(7);

    @Test
    void givesExactlyTheInkImageIoGivesForEveryLayoutAndFilter() throws IOException {
        int[] layouts = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB};
        for (int type : layouts) {
            for (boolean noise : new boolean[] {true, false}) { // noise and gradients make ImageIO use every filter
                byte[] png = DrawnDigits.png(image(type, 41 + random.nextInt(200), 17 + random.nextInt(200), noise));
                assertThat(SimplePng.read(png, (width, height) -> { })).as("read without ImageIO").isNotNull();
                assertSameInkAsImageIo(png);
            }
        }
        for (Page page : Page.values()) {
            assertSameInkAsImageIo(DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(5), 280, 200, 30, 40, 1, page)));
        }
    }

    @Test
    void leavesOtherPngsToImageIo() throws IOException {
        int[] others = {BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_INDEXED};
        for (int type : others) {
            byte[] png = DrawnDigits.png(image(type, 50, 40, true));
            assertThat(SimplePng.read(png, (width, height) -> { })).isNull();
            assertSameInkAsImageIo(png);
        }
        byte[] png = DrawnDigits.png(image(BufferedImage.TYPE_BYTE_GRAY, 50, 40, true));
        assertThat(SimplePng.read(Arrays.copyOf(png, png.length - 20), (width, height) -> { })).as("truncated").isNull();
        assertThat(SimplePng.read("not a png".getBytes(), (width, height) -> { })).isNull();
    }

    private void assertSameInkAsImageIo(byte[] png) throws IOException {
        InkMap viaImageIo = ImageDecoder.inkOf(ImageIO.read(new ByteArrayInputStream(png)));
        InkMap decoded = decoder.decode(png);
        assertThat(decoded.width()).isEqualTo(viaImageIo.width());
        assertThat(decoded.height()).isEqualTo(viaImageIo.height());
        assertThat(decoded.ink()).containsExactly(viaImageIo.ink());
    }

    private BufferedImage image(int type, int width, int height, boolean noise) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int level = noise ? random.nextInt(256) : (x * 7 + y * 3) & 0xff;
                int alpha = noise ? random.nextInt(256) : 255 - level;
                image.setRGB(x, y, alpha << 24 | (noise ? random.nextInt(1 << 24) : level * 0x010101));
            }
        }
        return image;
    }
}
