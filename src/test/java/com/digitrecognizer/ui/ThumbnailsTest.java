package com.digitrecognizer.ui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin grid's thumbnail of what the network saw: a number's digits side by side, each where it belongs. */
class ThumbnailsTest {

    @Test
    void aNumbersDigitsStandSideBySide() throws IOException {
        byte[] stored = new byte[3 * 784];
        stored[0] = (byte) 255; // the first digit's top left pixel
        stored[784 + 28 + 5] = (byte) 255; // the second digit's row 1, column 5
        stored[2 * 784 + 27 * 28 + 27] = (byte) 200; // the third digit's bottom right pixel

        BufferedImage strip = decode(Thumbnails.ofNetworkInput(stored));

        assertThat(strip.getWidth()).isEqualTo(3 * 28);
        assertThat(strip.getHeight()).isEqualTo(28);
        assertThat(strip.getRaster().getSample(0, 0, 0)).isEqualTo(255);
        assertThat(strip.getRaster().getSample(28 + 5, 1, 0)).isEqualTo(255);
        assertThat(strip.getRaster().getSample(2 * 28 + 27, 27, 0)).isEqualTo(200);
        assertThat(strip.getRaster().getSample(5, 1, 0)).isZero();
    }

    @Test
    void oneDigitIsItsOwn28x28() throws IOException {
        byte[] stored = new byte[784];
        stored[783] = (byte) 255;

        BufferedImage image = decode(Thumbnails.ofNetworkInput(stored));

        assertThat(image.getWidth()).isEqualTo(28);
        assertThat(image.getRaster().getSample(27, 27, 0)).isEqualTo(255);
    }

    private static BufferedImage decode(String dataUrl) throws IOException {
        String base64 = dataUrl.substring(dataUrl.indexOf(',') + 1);
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }
}
