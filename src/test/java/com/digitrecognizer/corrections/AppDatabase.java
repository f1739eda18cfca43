package com.digitrecognizer.corrections;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** The app's own database settings (application.properties), for tests that must use exactly them. */
public final class AppDatabase {

    private static final String DEFAULT_FOLDER = "./data/";

    private AppDatabase() {
    }

    /** The app's H2 URL, its options included, with the database file in {@code folder} instead of data/. */
    public static String h2UrlIn(Path folder) {
        String url = setting("spring.datasource.url");
        if (!url.startsWith("jdbc:h2:file:" + DEFAULT_FOLDER)) {
            throw new IllegalStateException("the app's database is no longer an H2 file under data/: " + url);
        }
        return url.replace(DEFAULT_FOLDER, folder.toAbsolutePath() + "/");
    }

    private static String setting(String name) {
        Properties properties = new Properties();
        try (InputStream in = AppDatabase.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(name);
    }
}
