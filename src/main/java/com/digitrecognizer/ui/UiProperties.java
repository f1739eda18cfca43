package com.digitrecognizer.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ui.*} (documented in application.properties and the README).
 *
 * @param liveRecognition whether a new session recognises the drawing at the end of every stroke
 *                        (each user can switch it off)
 */
@ConfigurationProperties("ui")
record UiProperties(@DefaultValue("true") boolean liveRecognition) {
}
