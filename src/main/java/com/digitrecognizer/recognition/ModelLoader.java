package com.digitrecognizer.recognition;

import java.nio.file.Path;

/** Loads a SavedModel with its card as the app's starting model was loaded (the same TensorFlow settings). */
@FunctionalInterface
public interface ModelLoader {

    /** @throws DigitClassifier.ModelLoadException naming the path and the cause when it is missing or broken */
    DigitClassifier load(Path directory);
}
