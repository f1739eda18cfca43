package com.digitrecognizer;

import com.digitrecognizer.recognition.Box;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.DoubleBinaryOperator;

/** Paper lit unevenly, as in a photo rather than a scan: how light it is at each point of the page. */
public enum UnevenLight {

    /** Darker towards the left edge, as in the shadow of a hand or a phone. */
    FROM_THE_RIGHT {
        @Override
        double paper(double x, double y) {
            return 140 + 110 * x;
        }
    },
    /** Darker towards the corners, as a phone's lens leaves it. */
    VIGNETTE {
        @Override
        double paper(double x, double y) {
            return 245 - 200 * ((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5));
        }
    },
    /** Darker towards the top. */
    FROM_BELOW {
        @Override
        double paper(double x, double y) {
            return 150 + 100 * y;
        }
    };

    private static final int INK = 40;

    /** The paper's grey level (0-255) at ({@code x}, {@code y}), both from 0 to 1 across the page. */
    abstract double paper(double x, double y);

    /** The number's ink (grey level 40) on paper lit this way, as a grey PNG. */
    public byte[] photograph(DrawnNumbers.Number number) {
        return written(number, this::paper, INK);
    }

    /**
     * The number written (grey level 40) on white paper ruled with light lines 2 pixels thick
     * (grey level 170) every {@code spacing} pixels, crossing its digits, as an exercise book's.
     */
    public static byte[] onRuledPaper(DrawnNumbers.Number number, int spacing) {
        int height = number.height();
        return written(number, (x, y) -> Math.floorMod((int) (y * height) - spacing / 2, spacing) < 2 ? 170 : 250, INK);
    }

    /**
     * The number written (grey level 40) in a printed box of grey level 90, 2 pixels thick, a
     * quarter of its height around it, as a form's field.
     */
    public static byte[] inAPrintedBox(DrawnNumbers.Number number) {
        int width = number.width();
        int height = number.height();
        int margin = height / 8;
        return written(number, (x, y) -> {
            int px = (int) (x * width);
            int py = (int) (y * height);
            boolean across = (py == margin || py == margin + 1 || py == height - margin || py == height - margin - 1)
                    && px >= margin && px <= width - margin;
            boolean down = (px == margin || px == margin + 1 || px == width - margin || px == width - margin - 1)
                    && py >= margin && py <= height - margin;
            return across || down ? 90 : 250;
        }, INK);
    }

    /**
     * The number written (grey level 40) on a form's printed line (grey level 90, 2 pixels thick)
     * across the page at its baseline: the digits that wobble below it cross it.
     */
    public static byte[] onAPrintedLine(DrawnNumbers.Number number) {
        int height = number.height();
        int baseline = height - height / 5; // the page's margin is a fifth of its height
        return written(number, (x, y) -> {
            int belowBaseline = (int) (y * height) - baseline;
            return belowBaseline == 0 || belowBaseline == 1 ? 90 : 250;
        }, INK);
    }

    /** The number written (grey level 40) in a table's cell cut out with its borders (grey level 60, 2 pixels thick) along its top and left. */
    public static byte[] inATablesCell(DrawnNumbers.Number number) {
        return written(number, (x, y) -> x * number.width() < 2 || y * number.height() < 2 ? 60 : 250, INK);
    }

    /**
     * The number's digits written one to a box (ink grey level 40) of a form's row of boxes
     * printed apart (grey level 90, 2 pixels thick; none when {@code boxes} is false), each box a
     * third of the tallest digit's height wider and taller than the digits, a sixth of its width
     * from the next; each digit's ink is what lies in its place on the number's page.
     */
    public static byte[] oneDigitToABox(DrawnNumbers.Number number, boolean boxes) {
        int tallest = number.digits().stream().mapToInt(Box::height).max().orElseThrow();
        int boxWidth = number.digits().stream().mapToInt(Box::width).max().orElseThrow() + tallest / 3;
        int boxHeight = tallest + tallest / 3;
        int gap = boxWidth / 6;
        int margin = tallest / 3;
        int count = number.digits().size();
        BufferedImage image = new BufferedImage(2 * margin + count * boxWidth + (count - 1) * gap,
                2 * margin + boxHeight, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 250, 250));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(new Color(90, 90, 90));
        g.setStroke(new BasicStroke(2));
        for (int i = 0; i < count; i++) {
            int left = margin + i * (boxWidth + gap);
            if (boxes) {
                g.drawRect(left, margin, boxWidth - 1, boxHeight - 1);
            }
            Box digit = number.digits().get(i);
            int dx = left + (boxWidth - digit.width()) / 2 - digit.x();
            int dy = margin + (boxHeight - digit.height()) / 2 - digit.y();
            for (int y = Math.max(0, digit.y()); y < Math.min(number.height(), digit.y() + digit.height()); y++) {
                for (int x = Math.max(0, digit.x()); x < Math.min(number.width(), digit.x() + digit.width()); x++) {
                    if (number.coverage()[y * number.width() + x] != 0) {
                        image.getRaster().setSample(x + dx, y + dy, 0, INK);
                    }
                }
            }
        }
        g.dispose();
        return DrawnDigits.png(image);
    }

    /** The number written on evenly lit paper of grey level {@code paper} with a pencil whose lead leaves grey level {@code lead}, as a grey PNG. */
    public static byte[] inPencil(DrawnNumbers.Number number, int paper, int lead) {
        return written(number, (x, y) -> paper, lead);
    }

    /** The number on white paper (grey 245) photographed on a dark desk (grey 60) showing a third of its height all round. */
    public static byte[] onADesk(DrawnNumbers.Number number) {
        int margin = number.height() / 3;
        return placed(number, margin, margin, 60);
    }

    /** The number on white paper (grey 245) scanned beside the scanner's black edge (grey 15), an eighth of its height wide, on the left. */
    public static byte[] besideAScannersEdge(DrawnNumbers.Number number) {
        return placed(number, number.height() / 8, 0, 15);
    }

    /**
     * The number's page, {@code left} pixels from the image's left edge and {@code around} from its
     * others, on a backdrop of grey level {@code backdrop}; the page's edge a pixel between the two, as a lens blurs it.
     */
    private static byte[] placed(DrawnNumbers.Number number, int left, int around, int backdrop) {
        int paper = 245;
        BufferedImage image = new BufferedImage(left + number.width() + around, number.height() + 2 * around,
                BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int px = x - left;
                int py = y - around;
                boolean onPage = px >= 0 && py >= 0 && px < number.width() && py < number.height();
                boolean edge = onPage && (px == 0 || py == 0 && around > 0 || px == number.width() - 1 && around > 0
                        || py == number.height() - 1 && around > 0);
                double coverage = onPage ? (number.coverage()[py * number.width() + px] & 0xff) / 255.0 : 0;
                int level = !onPage ? backdrop : edge ? (paper + backdrop) / 2 : paper;
                image.getRaster().setSample(x, y, 0, (int) Math.round(level + (INK - level) * coverage));
            }
        }
        return DrawnDigits.png(image);
    }

    private static byte[] written(DrawnNumbers.Number number, DoubleBinaryOperator paperAt, int ink) {
        BufferedImage image = new BufferedImage(number.width(), number.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < number.height(); y++) {
            for (int x = 0; x < number.width(); x++) {
                double paper = paperAt.applyAsDouble((double) x / number.width(), (double) y / number.height());
                double coverage = (number.coverage()[y * number.width() + x] & 0xff) / 255.0;
                image.getRaster().setSample(x, y, 0, (int) Math.round(paper + (ink - paper) * coverage));
            }
        }
        return DrawnDigits.png(image);
    }
}
