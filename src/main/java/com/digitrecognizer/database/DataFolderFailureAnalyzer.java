package com.digitrecognizer.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * Turns a folder the app may not write — most often data/, where a service's user was given no
 * folder of its own — into a short start-up message that says which folder and which user,
 * instead of a stack trace that ends in H2's "Error while creating file".
 */
class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<AccessDeniedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AccessDeniedException cause) {
        return new FailureAnalysis("The app, running as the user '" + System.getProperty("user.name")
                + "', may not write (or read) " + cause.getFile() + ". It keeps its database, the database's backups and the"
                + " model versions in data/ under its working folder (" + Path.of("").toAbsolutePath() + ").",
                "Give that user a data/ folder of its own there (e.g. sudo install -d -o digits"
                        + " /opt/digit-recognizer/data), start the app in a folder it may write, or point"
                        + " spring.datasource.url, database.backup-dir and models.dir at folders it may write.", cause);
    }
}
