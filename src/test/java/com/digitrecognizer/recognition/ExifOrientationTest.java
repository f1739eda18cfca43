package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest {

    /** A JPEG's SOI, then an EXIF segment holding the orientation tag, then nothing more. */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean intel) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(intel ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        tiff.put((byte) (intel ? 'I' : 'M')).put((byte) (intel ? 'I' : 'M')).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (2 + 6 + 26)});
        out.writeBytes("Exif\0\0".getBytes());
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"6, true", "8, false", "3, true", "1, false"})
    void theOrientationIsReadFromTheExifSegmentInEitherByteOrder(int orientation, boolean intel) {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

        assertThat(ExifOrientation.of(withOrientation(jpeg, orientation, intel))).isEqualTo(orientation);
    }

    @Test
    void withoutAnExifSegmentOrWithABrokenOneTheImageIsAsStored() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        byte[] withExif = withOrientation(jpeg, 6, false);

        assertThat(ExifOrientation.of(jpeg)).isEqualTo(1);
        assertThat(ExifOrientation.of(Arrays.copyOf(withExif, 20))).isEqualTo(1);
        assertThat(ExifOrientation.of("not a jpeg".getBytes())).isEqualTo(1);
    }

    /**
     * The upright image 1 2 3 / 4 5 6, stored as each orientation makes a camera store it, is
     * turned back upright.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1; 3; 1 2 3 4 5 6",
            "2; 3; 3 2 1 6 5 4",
            "3; 3; 6 5 4 3 2 1",
            "4; 3; 4 5 6 1 2 3",
            "5; 2; 1 4 2 5 3 6",
            "6; 2; 3 6 2 5 1 4",
            "7; 2; 6 3 5 2 4 1",
            "8; 2; 4 1 5 2 6 3"})
    void eachOrientationIsTurnedUpright(int orientation, int storedWidth, String stored) {
        float[] values = new float[6];
        String[] numbers = stored.split(" ");
        for (int i = 0; i < values.length; i++) {
            values[i] = Float.parseFloat(numbers[i]);
        }

        InkMap upright = ExifOrientation.upright(new InkMap(storedWidth, 6 / storedWidth, values), orientation);

        assertThat(upright.width()).isEqualTo(3);
        assertThat(upright.ink()).containsExactly(1, 2, 3, 4, 5, 6);
    }
}
