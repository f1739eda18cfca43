package com.digitrecognizer;

import com.digitrecognizer.recognition.Box;

import java.util.List;

/** Numbers written in an italic hand: each row of the page moved right the more, the higher it lies. */
public final class ItalicLines {

    private ItalicLines() {
    }

    /**
     * The number's page sheared by {@code shear} columns a row up (positive: leaning right, on top of
     * the lean its MNIST digits have), on a page wide enough to hold it.
     */
    public static DrawnNumbers.Number written(DrawnNumbers.Number number, double shear) {
        int width = number.width();
        int height = number.height();
        int shearedWidth = width + (int) Math.ceil(Math.abs(shear) * (height - 1));
        byte[] sheared = new byte[shearedWidth * height];
        for (int y = 0; y < height; y++) {
            double offset = offset(shear, height, y);
            for (int x = 0; x < shearedWidth; x++) {
                double from = x - offset;
                int left = (int) Math.floor(from);
                double right = from - left;
                double ink = (1 - right) * at(number, left, y) + right * at(number, left + 1, y);
                sheared[y * shearedWidth + x] = (byte) Math.round(ink);
            }
        }
        List<Box> digits = number.digits().stream().map(box -> {
            double top = offset(shear, height, box.y());
            double bottom = offset(shear, height, box.y() + box.height() - 1);
            int left = (int) Math.floor(box.x() + Math.min(top, bottom));
            int right = (int) Math.ceil(box.x() + box.width() + Math.max(top, bottom));
            return new Box(left, box.y(), right - left, box.height());
        }).toList();
        return new DrawnNumbers.Number(number.text(), number.touching(), shearedWidth, height, sheared, digits);
    }

    /** How far row {@code y}'s ink moves right. */
    private static double offset(double shear, int height, int y) {
        return shear >= 0 ? shear * (height - 1 - y) : -shear * y;
    }

    private static int at(DrawnNumbers.Number number, int x, int y) {
        return x < 0 || x >= number.width() ? 0 : number.coverage()[y * number.width() + x] & 0xff;
    }
}
