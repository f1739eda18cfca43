package com.digitrecognizer.corrections;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CorrectionsProperties.class)
class CorrectionsConfiguration {
}
