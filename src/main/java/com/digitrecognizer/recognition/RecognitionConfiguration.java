package com.digitrecognizer.recognition;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RecognitionProperties.class)
class RecognitionConfiguration {

    /** Loaded once at start-up: a missing or broken model stops the start with its path and cause. */
    @Bean(destroyMethod = "close")
    DigitClassifier digitClassifier(RecognitionProperties properties) {
        return DigitClassifier.load(properties.modelPath(), properties.intraOpThreads());
    }
}
