package com.digitrecognizer.models;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RetrainProperties.class)
class RetrainConfiguration {
}
