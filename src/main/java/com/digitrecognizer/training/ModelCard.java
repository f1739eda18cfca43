package com.digitrecognizer.training;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.Map;

/** {@code saved_model/model.json}: what the model is, how it was made and how well it does. */
record ModelCard(
        String version,
        String architecture,
        long parameters,
        Map<String, String> input,
        Map<String, String> output,
        Map<String, String> dataSha256,
        int trainingImages,
        int epochs,
        int batchSize,
        long seed,
        String augmentation,
        double trainingSeconds,
        double imagesPerSecond,
        double testAccuracy,
        double[] perClassAccuracy,
        int[][] confusionMatrix,
        String tensorflowVersion,
        String created) {

    static final String FILE_NAME = "model.json";

    static final Map<String, String> INPUT = Map.of(
            "name", SavedModelExport.INPUT, "dtype", "float32", "shape", "[-1,28,28,1]",
            "range", "[0,1], ink = 1 (MNIST polarity), digit fitted in 20x20 and centred by centre of mass in 28x28");
    static final Map<String, String> OUTPUT = Map.of(
            "name", SavedModelExport.OUTPUT, "dtype", "float32", "shape", "[-1,10]",
            "meaning", "probability of each digit, index = digit");

    void write(Path directory) {
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValue(directory.resolve(FILE_NAME).toFile(), this);
    }
}
