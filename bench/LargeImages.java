import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Writes the large uploads of bench/large-uploads.sh into a folder: "2026" on a page of 4096x4096
 * pixels (the largest recognition.max-image-pixels lets in) as a grey PNG on white, as an RGB PNG
 * of a note on a dark desk, as an RGBA PNG written on a transparent page, and as a JPEG of the
 * note on the desk. Usage: java bench/LargeImages.java DIR [SIZE]
 */
public class LargeImages {

    public static void main(String[] args) throws IOException {
        File dir = new File(args[0]);
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        dir.mkdirs();
        ImageIO.write(page(size, BufferedImage.TYPE_BYTE_GRAY, Color.WHITE, null), "png", new File(dir, "grey.png"));
        BufferedImage desk = page(size, BufferedImage.TYPE_INT_RGB, new Color(60, 50, 40), new Color(245, 245, 240));
        ImageIO.write(desk, "png", new File(dir, "desk.png"));
        ImageIO.write(desk, "jpeg", new File(dir, "desk.jpg"));
        ImageIO.write(page(size, BufferedImage.TYPE_INT_ARGB, new Color(0, 0, 0, 0), null), "png",
                new File(dir, "transparent.png"));
    }

    /** "2026" a fifth of the page high, on {@code background}, on a sheet of {@code paper} in its middle if given. */
    private static BufferedImage page(int size, int type, Color background, Color paper) {
        BufferedImage image = new BufferedImage(size, size, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setBackground(background);
        g.clearRect(0, 0, size, size);
        if (paper != null) {
            g.setColor(paper);
            g.fillRect(size / 8, size / 4, 3 * size / 4, size / 2);
        }
        g.setColor(new Color(20, 30, 110));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, size / 5));
        g.drawString("2026", size / 4, 5 * size / 8);
        return image;
    }
}
