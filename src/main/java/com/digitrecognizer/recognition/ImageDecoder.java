package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionException.Reason;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * Turns an encoded image (PNG, JPEG, GIF, BMP) into an {@link InkMap}: transparency is taken
 * as the ink where the image uses it; otherwise darkness, once what lies around the paper is
 * taken off ({@link Backdrop}: a desk, a scanner's edge) and turned round when the page is dark, as a
 * share of the paper's own light under each pixel ({@link Paper}: a photo's uneven light), the
 * printed lines of ruled or squared paper taken off ({@link Rulings}); a JPEG turned upright as its
 * EXIF orientation says ({@link ExifOrientation}: a phone's portrait photo). The
 * pixel count is read from the header first, so an image that claims too many pixels is refused
 * before anything is allocated for it.
 */
final class ImageDecoder {

    private static final float USED_TRANSPARENCY = 0.98f;
    /**
     * An image of more pixels is read at every second (third, ...) pixel each way, down to at most
     * this many: a number needs no more, and a 4096x4096 image read whole would take 80-300 MB of
     * heap — more than the deployed 128 MB (bench/RESULTS.md, round 49).
     */
    private static final long READ_PIXELS = 1L << 21;
    /** The border whose median is the paper's is this share of the page's shorter side deep. */
    private static final int BORDER_SHARE = 16;
    /** Darkness levels told apart in the border's median. */
    private static final int LEVELS = 256;

    private final long maxPixels;

    ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The image's ink, its pixels counted nowhere (the health probe's, tests'). */
    InkMap decode(byte[] bytes) {
        try (PagePixels.Share uncounted = PagePixels.UNLIMITED.share()) {
            return decode(bytes, uncounted).ink();
        }
    }

    /** The image's ink, its pixels taken from {@code share} once its header is read. */
    SampledInk decode(byte[] bytes, PagePixels.Share share) {
        if (bytes == null || bytes.length == 0) {
            throw new RecognitionException(Reason.EMPTY_IMAGE, "The image is empty: no bytes were sent.");
        }
        SimplePng.Pixels png = SimplePng.read(bytes, (width, height) -> {
            checkSize(width, height);
            if (step(width, height) > 1) {
                return false;
            }
            share.take((long) width * height);
            return true;
        });
        if (png != null) {
            return new SampledInk(inkOf(png), 1);
        }
        // in memory: ImageIO's default stream would write a temporary file for every image
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new RecognitionException(Reason.UNDECODABLE_IMAGE,
                        "The data is not an image in a format we read (PNG, JPEG, GIF or BMP).");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height);
                int step = step(width, height);
                share.take((long) Math.ceilDiv(width, step) * Math.ceilDiv(height, step));
                ImageReadParam every = reader.getDefaultReadParam();
                every.setSourceSubsampling(step, step, 0, 0);
                return new SampledInk(inkOf(reader.read(0, every), ExifOrientation.of(bytes)), step);
            } finally {
                reader.dispose();
            }
        } catch (RecognitionException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RecognitionException(Reason.UNDECODABLE_IMAGE,
                    "The image could not be decoded: it is corrupt or truncated (" + e.getMessage() + ").", e);
        }
    }

    private void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new RecognitionException(Reason.UNDECODABLE_IMAGE,
                    "The image header claims an impossible size of " + width + "x" + height + " pixels.");
        }
        if ((long) width * height > maxPixels) {
            throw new RecognitionException(Reason.TOO_MANY_PIXELS, "The image has " + width + "x" + height
                    + " pixels, more than the limit of " + maxPixels + " pixels.");
        }
    }

    /** Every how many pixels each way an image is read: 1 up to {@link #READ_PIXELS}. */
    private static int step(int width, int height) {
        return (int) Math.ceil(Math.sqrt((double) width * height / READ_PIXELS));
    }

    static InkMap inkOf(BufferedImage image) {
        return inkOf(image, 1);
    }

    /** The ink of an image stored turned as its EXIF {@code orientation} says ({@link ExifOrientation}), upright. */
    private static InkMap inkOf(BufferedImage image, int orientation) {
        return ink(image.getWidth(), image.getHeight(), alpha(image), () -> luminance(image), orientation);
    }

    /** The ink of an image from its alpha (null if it has none) and, when that is unused, its luminance. */
    private static InkMap ink(int width, int height, float[] alpha, Supplier<float[]> luminance, int orientation) {
        if (alpha != null && usesTransparency(alpha)) {
            return ExifOrientation.upright(new InkMap(width, height, alpha), orientation);
        }
        float[] darkness = luminance.get();
        for (int i = 0; i < darkness.length; i++) {
            darkness[i] = 1 - darkness[i];
        }
        InkMap upright = ExifOrientation.upright(new InkMap(width, height, darkness), orientation);
        return onPaper(upright.ink(), upright.width(), upright.height());
    }

    /**
     * The ink of a page's darkness: what lies around its paper taken off, the darkness turned
     * round if the page is dark (light strokes on it), the paper's own level and its printed
     * lines taken off.
     */
    private static InkMap onPaper(float[] darkness, int width, int height) {
        Backdrop.takeOff(darkness, width, height);
        if (hasLightInk(darkness, borderMedian(darkness, width, height))) {
            for (int i = 0; i < darkness.length; i++) {
                darkness[i] = 1 - darkness[i];
            }
        }
        Paper.takeOff(darkness, width, height);
        Rulings.takeOff(darkness, width, height);
        return new InkMap(width, height, darkness);
    }

    /**
     * The same for a simple PNG, but grey pages go from their 8-bit samples to darkness in one pass
     * through a table of the 256 levels' darkness.
     */
    private static InkMap inkOf(SimplePng.Pixels png) {
        if (png.channels() > 1) { // colour or alpha: the general way
            return ink(png.width(), png.height(), png.hasAlpha() ? png.alpha() : null, png::luminance, 1);
        }
        float[] table = new float[256];
        for (int level = 0; level < table.length; level++) {
            table[level] = 1 - level / 255f;
        }
        return onPaper(png.grey(table), png.width(), png.height());
    }

    /**
     * Whether a page whose border has the median darkness {@code paper} is written in light ink:
     * a dark page (a screen's dark mode, chalk on a board) whose lightest pixel lies further from
     * it than its darkest — a grey paper with dark ink on it, as an underexposed photo makes it,
     * keeps its dark ink.
     */
    private static boolean hasLightInk(float[] darkness, float paper) {
        if (paper < 0.5f) {
            return false;
        }
        float lightest = 1;
        float darkest = 0;
        for (float d : darkness) {
            lightest = Math.min(lightest, d);
            darkest = Math.max(darkest, d);
        }
        return paper - lightest >= darkest - paper;
    }

    private static float[] alpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return null;
        }
        Raster alpha = image.getAlphaRaster();
        if (alpha == null) {
            return null;
        }
        float scale = (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1)) - 1;
        float[] values = samples(alpha, 0);
        for (int i = 0; i < values.length; i++) {
            values[i] /= scale;
        }
        return values;
    }

    /** Luminance 0..1; grey images from their raw samples (getRGB would shift them by a colour conversion). */
    private static float[] luminance(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ColorModel model = image.getColorModel();
        if (model.getNumColorComponents() == 1 && !(model instanceof IndexColorModel)) {
            float scale = (1 << model.getComponentSize(0)) - 1;
            float[] values = samples(image.getRaster(), 0);
            for (int i = 0; i < values.length; i++) {
                values[i] /= scale;
            }
            return values;
        }
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        float[] values = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            values[i] = luminance((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
        }
        return values;
    }

    /** Luminance 0..1 of 8-bit sRGB components. */
    static float luminance(int red, int green, int blue) {
        return (0.299f * red + 0.587f * green + 0.114f * blue) / 255f;
    }

    /**
     * The median darkness of the page's border, a band a sixteenth of its shorter side deep: the
     * paper's, though a table's cell cut out has its borders along two whole sides (in a ring of
     * single pixels, half of it). Found in a histogram; the least darkness in the median's bin is
     * returned, exact where the border is of one level (a blank page is its own paper).
     */
    private static float borderMedian(float[] page, int width, int height) {
        int depth = Math.max(1, Math.min(width, height) / BORDER_SHARE);
        int[] histogram = new int[LEVELS];
        float[] least = new float[LEVELS];
        Arrays.fill(least, Float.MAX_VALUE);
        int count = 0;
        for (int y = 0, row = 0; y < height; y++, row += width) {
            if (y < depth || y >= height - depth) {
                count += addTo(histogram, least, page, row, row + width);
            } else {
                count += addTo(histogram, least, page, row, row + Math.min(depth, width));
                count += addTo(histogram, least, page, row + Math.max(depth, width - depth), row + width);
            }
        }
        int half = count / 2;
        for (int level = 0, seen = 0; level < LEVELS; level++) {
            seen += histogram[level];
            if (seen > half) {
                return least[level];
            }
        }
        return 1;
    }

    /**
     * Counts the darkness of {@code page}'s pixels {@code from} to {@code to} (exclusive) in
     * {@code histogram}, keeping each bin's {@code least}; how many.
     */
    private static int addTo(int[] histogram, float[] least, float[] page, int from, int to) {
        for (int i = from; i < to; i++) {
            float darkness = page[i];
            int bin = Math.max(0, Math.min(LEVELS - 1, (int) (darkness * LEVELS)));
            histogram[bin]++;
            least[bin] = Math.min(least[bin], darkness);
        }
        return to - from;
    }

    private static boolean usesTransparency(float[] alpha) {
        for (float a : alpha) {
            if (a < USED_TRANSPARENCY) {
                return true;
            }
        }
        return false;
    }

    /**
     * One band of every pixel, as {@link Raster#getSamples} gives it, but read straight from the
     * bytes when the raster is the usual 8-bit interleaved kind: getSamples goes pixel by pixel
     * through the sample model, the costliest step of decoding a 280x280 PNG.
     */
    private static float[] samples(Raster raster, int band) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        if (!(raster.getDataBuffer() instanceof DataBufferByte buffer)
                || !(raster.getSampleModel() instanceof ComponentSampleModel model)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return raster.getSamples(0, 0, width, height, band, (float[]) null);
        }
        int bank = model.getBankIndices()[band];
        byte[] data = buffer.getData(bank);
        int start = buffer.getOffsets()[bank] + model.getBandOffsets()[band];
        int stride = model.getPixelStride();
        float[] values = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0, i = start + y * model.getScanlineStride(); x < width; x++, i += stride) {
                values[y * width + x] = data[i] & 0xff;
            }
        }
        return values;
    }
}
