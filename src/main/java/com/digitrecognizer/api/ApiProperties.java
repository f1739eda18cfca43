package com.digitrecognizer.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code api.*} (documented in application.properties).
 *
 * @param maxRequestSize largest request body, raw or multipart, for one image or a batch
 */
@ConfigurationProperties("api")
record ApiProperties(@DefaultValue("2MB") DataSize maxRequestSize) {
}
