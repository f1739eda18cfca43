package com.digitrecognizer.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DataFolderFailureAnalyzerTest {

    @Test
    void aFolderTheAppMayNotWriteIsNamedWithTheUserAndWhatToDo() {
        // as a service whose user was given no data/ folder fails: Flyway, H2, then the file system
        Throwable startUp = new BeanCreationException("flywayInitializer", "Unable to obtain connection from database",
                new SQLException("Error while creating file \"/opt/digit-recognizer/data\"",
                        new AccessDeniedException("/opt/digit-recognizer/data")));

        FailureAnalysis analysis = new DataFolderFailureAnalyzer().analyze(startUp);

        assertThat(analysis.getDescription()).contains("may not write (or read) /opt/digit-recognizer/data")
                .contains("'" + System.getProperty("user.name") + "'");
        assertThat(analysis.getAction()).contains("install -d -o digits /opt/digit-recognizer/data");
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(new DataFolderFailureAnalyzer().analyze(new BeanCreationException("other", "no"))).isNull();
    }
}
