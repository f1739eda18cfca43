package com.digitrecognizer.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The separate marks on a page: its pixels above an ink threshold, grouped into 8-connected
 * blobs. Two passes over the page with a union-find of provisional labels, so the cost is that
 * of reading the page twice whatever the shapes.
 */
final class Blobs {

    /** One blob: its bounding box (inclusive) and how many pixels it has. */
    record Blob(int id, int left, int top, int right, int bottom, int pixels) {

        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }

        double centreX() {
            return (left + right + 1) / 2.0;
        }
    }

    private final int width;
    private final int[] labels; // per pixel: 0 = no ink, else its blob's id
    private final List<Blob> blobs;

    private Blobs(int width, int[] labels, List<Blob> blobs) {
        this.width = width;
        this.labels = labels;
        this.blobs = blobs;
    }

    static Blobs of(InkMap page, float threshold) {
        int width = page.width();
        int height = page.height();
        float[] ink = page.ink();
        int[] labels = new int[ink.length];
        int[] parent = new int[16];
        int next = 1;
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                if (!(ink[i] > threshold)) {
                    continue;
                }
                int label = 0;
                // the neighbours already visited: left, and the three above
                if (x > 0) {
                    label = join(parent, label, labels[i - 1]);
                }
                if (y > 0) {
                    int above = i - width;
                    label = join(parent, label, labels[above]);
                    if (x > 0) {
                        label = join(parent, label, labels[above - 1]);
                    }
                    if (x < width - 1) {
                        label = join(parent, label, labels[above + 1]);
                    }
                }
                if (label == 0) {
                    if (next == parent.length) {
                        parent = Arrays.copyOf(parent, parent.length * 2);
                    }
                    parent[next] = next;
                    label = next++;
                }
                labels[i] = label;
            }
        }
        return new Blobs(width, labels, gather(labels, parent, next, width));
    }

    /** Unites the sets of two labels (0 = none) and answers the surviving root. */
    private static int join(int[] parent, int label, int neighbour) {
        if (neighbour == 0) {
            return label;
        }
        int b = root(parent, neighbour);
        if (label == 0) {
            return b;
        }
        int a = root(parent, label);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        return Math.min(a, b);
    }

    private static int root(int[] parent, int label) {
        while (parent[label] != label) {
            parent[label] = parent[parent[label]];
            label = parent[label];
        }
        return label;
    }

    /** Relabels every pixel with its blob's id (1, 2, ...) and measures each blob. */
    private static List<Blob> gather(int[] labels, int[] parent, int count, int width) {
        int[] id = new int[count];
        int blobs = 0;
        for (int label = 1; label < count; label++) {
            int r = root(parent, label);
            id[label] = r == label ? ++blobs : id[r];
        }
        int[] left = new int[blobs + 1];
        int[] top = new int[blobs + 1];
        int[] right = new int[blobs + 1];
        int[] bottom = new int[blobs + 1];
        int[] pixels = new int[blobs + 1];
        Arrays.fill(left, Integer.MAX_VALUE);
        Arrays.fill(top, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0) {
                int b = id[labels[i]];
                labels[i] = b;
                int x = i % width;
                int y = i / width;
                left[b] = Math.min(left[b], x);
                right[b] = Math.max(right[b], x);
                top[b] = Math.min(top[b], y);
                bottom[b] = Math.max(bottom[b], y);
                pixels[b]++;
            }
        }
        List<Blob> found = new ArrayList<>(blobs);
        for (int b = 1; b <= blobs; b++) {
            found.add(new Blob(b, left[b], top[b], right[b], bottom[b], pixels[b]));
        }
        return found;
    }

    List<Blob> all() {
        return blobs;
    }

    Blob blob(int id) {
        return blobs.get(id - 1);
    }

    /** The blob a pixel belongs to, 0 for none. */
    int at(int x, int y) {
        return labels[y * width + x];
    }
}
