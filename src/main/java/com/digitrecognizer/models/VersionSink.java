package com.digitrecognizer.models;

import java.nio.file.Path;

/** Where retraining starts from and where its models go: the registry ({@link RegistryVersions}); tests hold jobs here. */
interface VersionSink {

    /** The live model's name (its version) and folder. */
    record LiveModel(String name, Path directory) {
    }

    LiveModel live();

    /** Takes the folder in as the next version (copied), with its gate; answers the version's number. */
    int add(Path trainedFolder, GateResult gate, String addedBy);
}
