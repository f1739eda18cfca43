package com.digitrecognizer.models;

import org.springframework.stereotype.Component;

import java.nio.file.Path;

/** Retraining starts from the registry's live version and hands its models to the registry, gate and all. */
@Component
class RegistryVersions implements VersionSink {

    private final ModelRegistry registry;

    RegistryVersions(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public LiveModel live() {
        ModelVersion live = registry.live();
        return new LiveModel(live.name(), live.directory());
    }

    @Override
    public int add(Path trainedFolder, GateResult gate, String addedBy) {
        return registry.add(trainedFolder, gate, addedBy).number();
    }
}
