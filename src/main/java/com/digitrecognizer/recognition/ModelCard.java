package com.digitrecognizer.recognition;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The model card written beside the SavedModel ({@code model.json}): its version and test
 * accuracy, plus the whole card for whoever wants to show it.
 */
public record ModelCard(String version, double testAccuracy, JsonNode json) {

    static final String FILE_NAME = "model.json";

    static ModelCard read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new DigitClassifier.ModelLoadException("No model card at " + file
                    + ": the SavedModel must come with the model.json the trainer writes", null);
        }
        try {
            JsonNode json = JsonMapper.shared().readTree(file.toFile());
            if (!json.hasNonNull("version")) {
                throw new DigitClassifier.ModelLoadException("The model card " + file + " has no version", null);
            }
            return new ModelCard(json.get("version").asString(), json.path("testAccuracy").asDouble(), json);
        } catch (JacksonException e) {
            throw new DigitClassifier.ModelLoadException("Cannot read the model card " + file + ": " + e.getMessage(), e);
        }
    }
}
