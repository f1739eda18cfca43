package com.digitrecognizer.models;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings under {@code models.*} (documented in application.properties and the README).
 *
 * @param dir          the models folder; versions live in {@code <dir>/<name>/<number>/}
 * @param name         the model's name, its folder under {@code dir}
 * @param shipped      the model registered as version 1 when the folder holds no version yet
 * @param pollInterval how often the folder is scanned for new versions and the database for the live one
 * @param settle       how long a new folder must go unchanged before it is checked (a copy in progress is not)
 * @param autoPromote  whether a version added with a passed gate goes live at once
 */
@ConfigurationProperties("models")
record ModelsProperties(
        @DefaultValue("data/models") Path dir,
        @DefaultValue("digits") String name,
        @DefaultValue("saved_model") Path shipped,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2s") Duration settle,
        @DefaultValue("false") boolean autoPromote) {

    Path versionsDir() {
        return dir.resolve(name);
    }
}
