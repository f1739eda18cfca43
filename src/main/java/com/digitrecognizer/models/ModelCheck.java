package com.digitrecognizer.models;

import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.recognition.ModelLoader;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether a version folder can serve: its files are all there, it loads, its {@value
 * ModelContract#SIGNATURE} signature has the contract's shapes (the loader checks), and it answers a
 * probe. Nothing of it stays loaded: a version is loaded again when it goes live.
 */
final class ModelCheck {

    private static final int PROBE_IMAGES = 2;
    private static final double SUM_TOLERANCE = 1e-3;

    private final ModelLoader loader;

    ModelCheck(ModelLoader loader) {
        this.loader = loader;
    }

    /** The card of a sound version, or why it is broken (card {@code null} when it could not be read). */
    record Result(ModelCard card, String brokenReason) {
        boolean ok() {
            return brokenReason == null;
        }
    }

    Result check(Path directory) {
        List<String> missing = ModelFolders.missing(directory);
        if (!missing.isEmpty()) {
            return new Result(null, "Incomplete: " + String.join(", ", missing) + " missing in " + directory);
        }
        try (DigitClassifier classifier = loader.load(directory)) {
            String wrongAnswer = probe(classifier);
            return new Result(classifier.card(), wrongAnswer);
        } catch (RuntimeException e) {
            return new Result(null, e.getMessage());
        }
    }

    /** Blank images must come back as one row of probabilities each, summing to 1; null when they do. */
    private static String probe(DigitClassifier classifier) {
        float[] probabilities = classifier.classify(new float[PROBE_IMAGES * ModelContract.PIXELS], PROBE_IMAGES);
        for (int row = 0; row < PROBE_IMAGES; row++) {
            double sum = 0;
            for (int c = 0; c < ModelContract.CLASSES; c++) {
                sum += probabilities[row * ModelContract.CLASSES + c];
            }
            if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
                return "The probe's answer is no set of probabilities (they sum to " + sum + ")";
            }
        }
        return null;
    }
}
