package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import com.digitrecognizer.PngChunks;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SimplePngTest {

    private static final String[] FILTERS = {"None", "Sub", "Up", "Average", "Paeth"};
    /** PNG colour types read here: grey, RGB, grey + alpha, RGBA. */
    private static final int[] COLOUR_TYPES = {0, 2, 4, 6};
    private static final int[] CHANNELS = {1, -1, 3, -1, 2, -1, 4};

    private final ImageDecoder decoder = new ImageDecoder(4096L * 4096);
    private final Random random = new Random(7);

    @Test
    void givesExactlyTheInkImageIoGivesForEveryLayout() throws IOException {
        int[] layouts = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB};
        for (int type : layouts) {
            for (boolean noise : new boolean[] {true, false}) {
                byte[] png = DrawnDigits.png(image(type, 41 + random.nextInt(200), 17 + random.nextInt(200), noise));
                assertThat(SimplePng.read(png, (width, height) -> true)).as("read without ImageIO").isNotNull();
                assertSameInkAsImageIo(png);
            }
        }
        for (Page page : Page.values()) {
            assertSameInkAsImageIo(DrawnDigits.png(DrawnDigits.draw(MnistTestDigits.image(5), 280, 200, 30, 40, 1, page)));
        }
    }

    /**
     * ImageIO's PNG writer stores every row unfiltered, so these PNGs are made here: each of the
     * five filter types on every row, first row included, for every colour type, opaque and not.
     */
    @Test
    void undoesEveryFilterTypeExactlyAsImageIoDoes() throws IOException {
        for (int filter = 0; filter < FILTERS.length; filter++) {
            for (int colourType : COLOUR_TYPES) {
                for (boolean translucent : new boolean[] {true, false}) {
                    byte[] png = filteredPng(colourType, translucent, filter);

                    SimplePng.Pixels pixels = SimplePng.read(png, (width, height) -> true);

                    assertThat(pixels).as("%s filter, colour type %d: read without ImageIO", FILTERS[filter], colourType)
                            .isNotNull();
                    assertThat(filterTypes(pixels)).as("filter types of the rows read").containsOnly(filter);
                    assertSameInkAsImageIo(png);
                }
            }
        }
    }

    @Test
    void leavesOtherPngsToImageIo() throws IOException {
        int[] others = {BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_INDEXED};
        for (int type : others) {
            byte[] png = DrawnDigits.png(image(type, 50, 40, true));
            assertThat(SimplePng.read(png, (width, height) -> true)).isNull();
            assertSameInkAsImageIo(png);
        }
        byte[] png = DrawnDigits.png(image(BufferedImage.TYPE_BYTE_GRAY, 50, 40, true));
        assertThat(SimplePng.read(Arrays.copyOf(png, png.length - 20), (width, height) -> true)).as("truncated").isNull();
        assertThat(SimplePng.read("not a png".getBytes(), (width, height) -> true)).isNull();
    }

    /** The filter type of each row: the byte before the row, which unfiltering leaves as it was. */
    private static int[] filterTypes(SimplePng.Pixels pixels) {
        int stride = 1 + pixels.width() * pixels.channels();
        int[] types = new int[pixels.height()];
        for (int row = 0; row < types.length; row++) {
            types[row] = pixels.rows()[row * stride];
        }
        return types;
    }

    /** A 37x23 PNG of random 8-bit samples (alpha 255 unless translucent), every row stored with {@code filter}. */
    private byte[] filteredPng(int colourType, boolean translucent, int filter) throws IOException {
        int width = 37;
        int height = 23;
        int channels = CHANNELS[colourType];
        int rowBytes = width * channels;
        byte[] samples = new byte[height * rowBytes];
        random.nextBytes(samples);
        if ((colourType == 4 || colourType == 6) && !translucent) {
            for (int i = channels - 1; i < samples.length; i += channels) {
                samples[i] = (byte) 255;
            }
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed)) {
            for (int y = 0; y < height; y++) {
                rows.write(filter);
                for (int i = 0; i < rowBytes; i++) {
                    int at = y * rowBytes + i;
                    int left = i >= channels ? samples[at - channels] & 0xff : 0;
                    int up = y > 0 ? samples[at - rowBytes] & 0xff : 0;
                    int upLeft = i >= channels && y > 0 ? samples[at - rowBytes - channels] & 0xff : 0;
                    int predicted = switch (filter) {
                        case 0 -> 0;
                        case 1 -> left;
                        case 2 -> up;
                        case 3 -> (left + up) / 2;
                        default -> paeth(left, up, upLeft);
                    };
                    rows.write((samples[at] & 0xff) - predicted);
                }
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        PngChunks.write(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                .put((byte) colourType).put(new byte[3]).array());
        PngChunks.write(png, "IDAT", compressed.toByteArray());
        PngChunks.write(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The PNG specification's Paeth predictor, written from the specification. */
    private static int paeth(int left, int up, int upLeft) {
        int p = left + up - upLeft;
        int pa = Math.abs(p - left);
        int pb = Math.abs(p - up);
        int pc = Math.abs(p - upLeft);
        if (pa <= pb && pa <= pc) {
            return left;
        }
        return pb <= pc ? up : upLeft;
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
