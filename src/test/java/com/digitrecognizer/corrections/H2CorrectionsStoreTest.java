package com.digitrecognizer.corrections;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The corrections store on H2 in file mode, as the app runs it by default (its settings, another folder). */
class H2CorrectionsStoreTest extends CorrectionsStoreContract {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> AppDatabase.h2UrlIn(folder));
    }
}
