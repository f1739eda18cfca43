package com.digitrecognizer.recognition;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How a JPEG's pixels are to be turned to be seen upright: a phone stores a photo taken upright in
 * portrait as landscape pixels with an EXIF orientation tag, which every viewer honours and ImageIO
 * does not — the number would be read lying on its side. The tag's values 1–8 (EXIF 2.3, tag
 * 0x0112): 1 as stored, 2 mirrored, 3 turned half round, 4 flipped, 5 transposed, 6 turned a
 * quarter clockwise, 7 transversed, 8 turned a quarter anticlockwise. Anything unreadable is 1.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;

    private ExifOrientation() {
    }

    /** The orientation tag of a JPEG's EXIF segment, 1 when there is none. */
    static int of(byte[] jpeg) {
        try {
            ByteBuffer data = ByteBuffer.wrap(jpeg);
            if (jpeg.length < 4 || data.getShort(0) != (short) 0xFFD8) {
                return 1;
            }
            for (int at = 2; at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF; ) {
                int marker = jpeg[at + 1] & 0xff;
                int length = data.getShort(at + 2) & 0xffff;
                if (marker == START_OF_SCAN) {
                    return 1;
                }
                if (marker == APP1 && length >= 8 && data.getInt(at + 4) == 0x45786966) { // "Exif"
                    return inTiff(data, at + 10, at + 2 + length);
                }
                at += 2 + length;
            }
        } catch (IndexOutOfBoundsException e) {
            return 1; // a truncated segment: as stored
        }
        return 1;
    }

    /** The orientation in the TIFF structure from {@code start} to {@code end}: its first IFD's tag 0x0112. */
    private static int inTiff(ByteBuffer data, int start, int end) {
        boolean intel = data.getShort(start) == 0x4949; // "II": little-endian, else "MM"
        ByteBuffer tiff = data.duplicate().order(intel ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = start + tiff.getInt(start + 4);
        int entries = tiff.getShort(ifd) & 0xffff;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if ((tiff.getShort(entry) & 0xffff) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xffff;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** {@code ink} turned as {@code orientation} says, to be upright. */
    static InkMap upright(InkMap ink, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return ink;
        }
        boolean across = orientation >= 5; // width and height swap
        int width = across ? ink.height() : ink.width();
        int height = across ? ink.width() : ink.height();
        float[] turned = new float[ink.ink().length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                turned[y * width + x] = ink.ink()[source(orientation, x, y, width, height)];
            }
        }
        return new InkMap(width, height, turned);
    }

    /** The index of the stored pixel shown at (x, y) of the upright image, {@code width} x {@code height}. */
    private static int source(int orientation, int x, int y, int width, int height) {
        return switch (orientation) { // from 5 on, a stored row is {@code height} long
            case 2 -> y * width + width - 1 - x;
            case 3 -> (height - 1 - y) * width + width - 1 - x;
            case 4 -> (height - 1 - y) * width + x;
            case 5 -> x * height + y;
            case 6 -> (width - 1 - x) * height + y;
            case 7 -> (width - 1 - x) * height + height - 1 - y;
            default -> x * height + height - 1 - y; // 8
        };
    }
}
