package com.digitrecognizer.models;

import com.digitrecognizer.corrections.AppDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The registry on H2 in file mode, as the app runs it by default. */
class H2ModelRegistryTest extends ModelRegistryContract {

    @TempDir
    static Path database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> AppDatabase.h2UrlIn(database));
    }
}
