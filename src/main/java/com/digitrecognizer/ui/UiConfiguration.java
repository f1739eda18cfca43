package com.digitrecognizer.ui;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(UiProperties.class)
class UiConfiguration {
}
