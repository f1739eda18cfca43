package com.digitrecognizer.recognition;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

@Configuration
@EnableConfigurationProperties(RecognitionProperties.class)
class RecognitionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RecognitionConfiguration.class);

    /**
     * The model the app starts with, loaded at start-up: a missing or broken model stops the start with
     * its path and cause. Closed by its last user once another is swapped in, or here at shutdown.
     */
    @Bean(destroyMethod = "close")
    DigitClassifier digitClassifier(RecognitionProperties properties) {
        DigitClassifier classifier = DigitClassifier.load(properties.modelPath(), properties.intraOpThreads());
        log.info(String.format(Locale.ROOT, "Model %s (%.2f %% on MNIST test) loaded from %s with %s; %s, intra-op"
                        + " threads %d, max image pixels %d, max in flight %d, max wait %d ms, min confidence %.3f",
                classifier.card().version(), classifier.card().testAccuracy() * 100,
                properties.modelPath().toAbsolutePath().normalize(), classifier.companions(),
                Kernels.ofThisProcess().description(),
                properties.intraOpThreads(),
                properties.maxImagePixels(), properties.maxInFlight(), properties.maxWait().toMillis(),
                properties.minConfidenceOf(classifier)));
        return classifier;
    }

    /** Loads further models (new versions to check or swap in) as the starting one was loaded. */
    @Bean
    ModelLoader modelLoader(RecognitionProperties properties) {
        return directory -> DigitClassifier.load(directory, properties.intraOpThreads());
    }

    @Bean(destroyMethod = "close")
    LiveModel liveModel(DigitClassifier startingModel, RecognitionProperties properties) {
        LiveModel live = new LiveModel(startingModel);
        // the bar goes with the version: one with a single digit network has its own
        live.onSwap(next -> log.info(String.format(Locale.ROOT, "Model %s in service, with %s; min confidence %.3f",
                next.card().version(), next.companions(), properties.minConfidenceOf(next))));
        return live;
    }

    @Bean
    RecognitionMetrics recognitionMetrics(MeterRegistry registry, LiveModel live) {
        RecognitionMetrics metrics = new RecognitionMetrics(registry, live.card());
        live.onSwap(next -> metrics.serving(next.card()));
        return metrics;
    }
}
