package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.Atoms.Atom;

import java.util.List;

/**
 * What the network sees of each candidate of a page, 784 floats apiece in order in one array:
 * each candidate's own ink cut out and normalised as MNIST when asked for, by whichever thread
 * classifies it ({@link CandidateSearch}).
 */
final class CandidateImages {

    private final InkMap working;
    private final Blobs blobs;
    private final List<List<Atom>> runs;
    private final List<Box> boxes;
    private final double lean;
    private final float[] images;

    /**
     * The candidates' atoms and their boxes, on the page they were found on; each candidate seen
     * leaning {@code lean} columns a row up more than there, as written on a page that was sheared
     * upright ({@link Slant}), 0 on a page as it came.
     */
    CandidateImages(InkMap working, Blobs blobs, List<List<Atom>> runs, List<Box> boxes, double lean) {
        this.working = working;
        this.blobs = blobs;
        this.runs = runs;
        this.boxes = boxes;
        this.lean = lean;
        this.images = new float[runs.size() * ModelContract.PIXELS];
    }

    /** Normalises candidates {@code first} to {@code first + count} (exclusive) into their place in {@link #values()}. */
    void normalise(int first, int count) {
        for (int c = first; c < first + count; c++) {
            InkMap ink = Atoms.cutOut(working, blobs, runs.get(c), boxes.get(c));
            float[] image = Preprocessor.normalize(lean == 0 ? ink : Slant.sheared(ink, -lean));
            System.arraycopy(image, 0, images, c * ModelContract.PIXELS, ModelContract.PIXELS);
        }
    }

    /** Every candidate's 784 values, one candidate after another, each once it is normalised. */
    float[] values() {
        return images;
    }

    /** Every candidate normalised, for callers that classify them all at once. */
    float[] normaliseAll() {
        normalise(0, runs.size());
        return images;
    }
}
