package com.digitrecognizer.recognition;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the PNGs that canvases and image tools write (8-bit grey, grey + alpha, RGB or RGBA, not
 * interlaced, no palette, transparency chunk or colour profile) without ImageIO, whose reader
 * converts every pixel through a colour model: about half the cost of a 280x280 canvas PNG.
 * Anything else, and anything odd, is left to ImageIO ({@link #read} answers null), so that what
 * is accepted and refused, and how, stays ImageIO's.
 */
final class SimplePng {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final int PLTE = 0x504C5445;
    private static final int TRNS = 0x74524E53;
    private static final int ICCP = 0x69434350;

    /** Each 8-bit sample as 0..1, exactly as dividing by 255 gives it, without a division per pixel. */
    private static final float[] UNIT = new float[256];

    static {
        for (int i = 0; i < UNIT.length; i++) {
            UNIT[i] = i / 255f;
        }
    }

    /** Channels by PNG colour type: 0 grey, 2 RGB, 4 grey + alpha, 6 RGBA (-1: not read here). */
    private static final int[] CHANNELS = {1, -1, 3, -1, 2, -1, 4};

    /** The pixels: each row a filter byte, then {@code channels} bytes a pixel. */
    record Pixels(int width, int height, int channels, byte[] rows) {

        boolean hasAlpha() {
            return channels == 2 || channels == 4;
        }

        /** The last channel, 0..1. */
        float[] alpha() {
            return channel(channels - 1, UNIT);
        }

        /** The first channel of every pixel, each 8-bit level replaced by its value in the table. */
        float[] grey(float[] table) {
            return channel(0, table);
        }

        /** Luminance 0..1: grey as it is, colours weighted as {@link ImageDecoder#luminance(int, int, int)}. */
        float[] luminance() {
            if (channels <= 2) {
                return channel(0, UNIT);
            }
            float[] values = new float[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0, i = y * stride() + 1; x < width; x++, i += channels) {
                    values[y * width + x] = ImageDecoder.luminance(rows[i] & 0xff, rows[i + 1] & 0xff, rows[i + 2] & 0xff);
                }
            }
            return values;
        }

        private float[] channel(int channel, float[] table) {
            float[] values = new float[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0, i = y * stride() + 1 + channel; x < width; x++, i += channels) {
                    values[y * width + x] = table[rows[i] & 0xff];
                }
            }
            return values;
        }

        private int stride() {
            return 1 + width * channels;
        }
    }

    /**
     * Checks the size from the header, before anything is allocated for the pixels: refuses it
     * (throws), or says whether the whole image may be held (else ImageIO reads it).
     */
    interface SizeCheck {
        boolean readsWhole(int width, int height);
    }

    private SimplePng() {
    }

    /** The pixels of a simple PNG, or null when ImageIO should read it. */
    static Pixels read(byte[] png, SizeCheck sizeCheck) {
        ByteBuffer data = ByteBuffer.wrap(png);
        if (png.length < 8 || data.getLong(0) != SIGNATURE) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            int width = 0;
            int height = 0;
            int channels = 0;
            byte[] rows = null; // each row: its filter byte, then its samples
            int inflated = 0;
            for (int at = 8; at + 8 <= png.length; ) {
                int length = data.getInt(at);
                int type = data.getInt(at + 4);
                int body = at + 8;
                if (length < 0 || body + length > png.length) {
                    return null;
                }
                if (type == IHDR) {
                    width = data.getInt(body);
                    height = data.getInt(body + 4);
                    int colourType = png[body + 9];
                    if (length != 13 || png[body + 8] != 8 || colourType < 0 || colourType >= CHANNELS.length
                            || CHANNELS[colourType] < 0 || png[body + 12] != 0) {
                        return null;
                    }
                    if (!sizeCheck.readsWhole(width, height)) {
                        return null;
                    }
                    channels = CHANNELS[colourType];
                    rows = new byte[height * (1 + width * channels)];
                } else if (type == IDAT && rows != null) {
                    inflater.setInput(png, body, length);
                    while (inflated < rows.length && !inflater.needsInput() && !inflater.finished()) {
                        int n = inflater.inflate(rows, inflated, rows.length - inflated);
                        if (n == 0 && inflater.needsDictionary()) {
                            return null;
                        }
                        inflated += n;
                    }
                } else if (type == IEND) {
                    return rows != null && inflated == rows.length && unfilter(rows, width * channels, channels)
                            ? new Pixels(width, height, channels, rows) : null;
                } else if (rows == null || type == PLTE || type == TRNS || type == ICCP || critical(type)) {
                    return null;
                }
                at = body + length + 4;
            }
            return null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** A chunk a reader must understand (upper-case first letter); ours are handled above. */
    private static boolean critical(int type) {
        return (type & 0x20000000) == 0 && type != IDAT;
    }

    /** Undoes each row's filter in place (PNG spec, section 9); false on an unknown filter. */
    private static boolean unfilter(byte[] rows, int rowBytes, int bpp) {
        int stride = rowBytes + 1;
        for (int row = 1; row < rows.length; row += stride) {
            int prior = row - stride; // the row above, already unfiltered; none for the first row
            switch (rows[row - 1]) {
                case 0 -> { }
                case 1 -> {
                    for (int i = bpp; i < rowBytes; i++) {
                        rows[row + i] += rows[row + i - bpp];
                    }
                }
                case 2 -> {
                    for (int i = 0; prior > 0 && i < rowBytes; i++) {
                        rows[row + i] += rows[prior + i];
                    }
                }
                case 3 -> {
                    for (int i = 0; i < rowBytes; i++) {
                        int left = i >= bpp ? rows[row + i - bpp] & 0xff : 0;
                        int up = prior > 0 ? rows[prior + i] & 0xff : 0;
                        rows[row + i] += (byte) ((left + up) >>> 1);
                    }
                }
                case 4 -> {
                    for (int i = 0; i < rowBytes; i++) {
                        int left = i >= bpp ? rows[row + i - bpp] & 0xff : 0;
                        int up = prior > 0 ? rows[prior + i] & 0xff : 0;
                        int upLeft = i >= bpp && prior > 0 ? rows[prior + i - bpp] & 0xff : 0;
                        rows[row + i] += (byte) paeth(left, up, upLeft);
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static int paeth(int left, int up, int upLeft) {
        int estimate = left + up - upLeft;
        int toLeft = Math.abs(estimate - left);
        int toUp = Math.abs(estimate - up);
        int toUpLeft = Math.abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
