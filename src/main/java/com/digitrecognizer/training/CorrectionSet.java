package com.digitrecognizer.training;

import com.digitrecognizer.recognition.ModelContract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * Corrections as the network sees them: 28x28 images one after another (784 values each in [0,1],
 * ink = 1, normalised as serving does) with their right classes, 0-9 or
 * {@link ModelContract#NOT_A_DIGIT}, and the drawing each is of: a number's digits share one.
 */
public record CorrectionSet(float[] images, int[] labels, long[] drawings) {

    /** The part of the corrections held out from training, to test on: a fifth. */
    public static final int HELD_OUT_ONE_IN = 5;

    /** The corrections trained on, and those held out to test on. */
    public record Split(CorrectionSet train, CorrectionSet heldOut) {
    }

    public CorrectionSet {
        if (images.length != labels.length * PIXELS || drawings.length != labels.length) {
            throw new IllegalArgumentException(labels.length + " labels need " + labels.length * PIXELS
                    + " pixel values and as many drawings, got " + images.length + " and " + drawings.length);
        }
        for (int label : labels) {
            if (label < 0 || label >= ModelContract.CLASSES) {
                throw new IllegalArgumentException("a class must lie in 0-" + ModelContract.NOT_A_DIGIT + ", got " + label);
            }
        }
    }

    /** Each image a drawing of its own. */
    public CorrectionSet(float[] images, int[] labels) {
        this(images, labels, LongStream.range(0, labels.length).toArray());
    }

    /** Stored images (28x28, a byte a pixel, ink = 255), their labels and drawings. */
    public static CorrectionSet ofStored(List<byte[]> stored, int[] labels, long[] drawings) {
        float[] images = new float[stored.size() * PIXELS];
        for (int i = 0; i < stored.size(); i++) {
            byte[] pixels = stored.get(i);
            for (int p = 0; p < PIXELS; p++) {
                images[i * PIXELS + p] = (pixels[p] & 0xff) / 255f;
            }
        }
        return new CorrectionSet(images, labels, drawings);
    }

    public int size() {
        return labels.length;
    }

    /**
     * About a fifth of the images held out, whole drawings at a time, so that no digit is tested on
     * beside its neighbours in the same drawing trained on (the same hand, often the same digit
     * twice); none when there are fewer than two drawings. The same for the same seed.
     */
    public Split split(long seed) {
        Map<Long, List<Integer>> byDrawing = new LinkedHashMap<>();
        for (int i = 0; i < size(); i++) {
            byDrawing.computeIfAbsent(drawings[i], drawing -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = List.copyOf(byDrawing.values());
        int[] order = Orders.identity(groups.size());
        Orders.shuffle(order, new Random(seed));
        int wanted = groups.size() < 2 ? 0 : Math.max(1, size() / HELD_OUT_ONE_IN);
        int heldOutGroups = 0;
        for (int held = 0; held < wanted && heldOutGroups < groups.size() - 1; heldOutGroups++) {
            held += groups.get(order[heldOutGroups]).size();
        }
        return new Split(pick(groups, order, heldOutGroups, groups.size()), pick(groups, order, 0, heldOutGroups));
    }

    /** The images of the drawings {@code order[from..to)}, in that order. */
    private CorrectionSet pick(List<List<Integer>> groups, int[] order, int from, int to) {
        int[] picked = IntStream.range(from, to).flatMap(k -> groups.get(order[k]).stream().mapToInt(Integer::intValue))
                .toArray();
        float[] pickedImages = new float[picked.length * PIXELS];
        for (int i = 0; i < picked.length; i++) {
            System.arraycopy(images, picked[i] * PIXELS, pickedImages, i * PIXELS, PIXELS);
        }
        return new CorrectionSet(pickedImages, IntStream.of(picked).map(i -> labels[i]).toArray(),
                IntStream.of(picked).mapToLong(i -> drawings[i]).toArray());
    }

    Examples examples() {
        return new Examples(images, labels);
    }

    /** Each correction {@code times} over, so that a few hundred weigh against tens of thousands of digits. */
    Examples repeated(int times) {
        float[] allImages = new float[images.length * times];
        int[] allLabels = new int[labels.length * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(images, 0, allImages, t * images.length, images.length);
            System.arraycopy(labels, 0, allLabels, t * labels.length, labels.length);
        }
        return new Examples(allImages, allLabels);
    }
}
