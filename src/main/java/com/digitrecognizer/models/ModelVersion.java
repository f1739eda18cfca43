package com.digitrecognizer.models;

import com.digitrecognizer.recognition.DigitClassifier;
import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.ModelContract;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One version of the model in the models folder ({@code <models dir>/<name>/<number>/}, as
 * TensorFlow Serving lays them out): its card ({@code null} when unreadable), whether it can serve
 * and if not why, the gate's verdict on it ({@code null} when it came without one, e.g. dropped into
 * the folder), whether it is live, and who promoted it last and when ({@code null} if never).
 */
public record ModelVersion(int number, String name, ModelCard card, Path directory, Status status,
                           String brokenReason, GateResult gate, boolean live, String promotedBy,
                           Instant promotedAt) {

    /** The card of the version's second digit network; {@code null} when it has none or its card is unreadable. */
    public ModelCard secondCard() {
        Path second = ModelContract.secondFolderIn(directory);
        try {
            return second == null ? null : ModelCard.read(second);
        } catch (DigitClassifier.ModelLoadException e) {
            return null;
        }
    }

    /** OK: it loaded, has the contract's signature and answered a probe. BROKEN: it can never go live. */
    public enum Status {
        OK, BROKEN
    }
}
