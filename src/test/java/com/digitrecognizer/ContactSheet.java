package com.digitrecognizer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Network inputs (28x28, ink = 1) laid out in rows as a PNG, dark ink on light, for a person to look at. */
public final class ContactSheet {

    private static final int SIDE = 28;
    private static final int ZOOM = 3;
    private static final int GAP = 2;

    private ContactSheet() {
    }

    /** Writes one row per list of images to {@code file}. */
    public static void write(List<List<float[]>> rows, Path file) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int cell = SIDE * ZOOM + GAP;
        BufferedImage sheet = new BufferedImage(GAP + columns * cell, GAP + rows.size() * cell, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < sheet.getWidth(); x++) {
                sheet.setRGB(x, y, 0x8090a0);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                float[] image = rows.get(r).get(c);
                for (int y = 0; y < SIDE * ZOOM; y++) {
                    for (int x = 0; x < SIDE * ZOOM; x++) {
                        int level = 255 - Math.round(255 * Math.clamp(image[(y / ZOOM) * SIDE + x / ZOOM], 0f, 1f));
                        sheet.setRGB(GAP + c * cell + x, GAP + r * cell + y, (level << 16) | (level << 8) | level);
                    }
                }
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(sheet, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
