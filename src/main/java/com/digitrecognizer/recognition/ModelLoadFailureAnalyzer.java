package com.digitrecognizer.recognition;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a model that cannot be loaded into a short start-up message instead of a stack trace. */
class ModelLoadFailureAnalyzer extends AbstractFailureAnalyzer<DigitClassifier.ModelLoadException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DigitClassifier.ModelLoadException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Point recognition.model-path (or RECOGNITION_MODEL_PATH) at a folder holding a TensorFlow SavedModel"
                        + " and its model.json, as written by './mvnw -Ptrain'.", cause);
    }
}
