package com.digitrecognizer.models;

import com.digitrecognizer.training.GateFigures;
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
    public int add(Path trainedFolder, GateOutcome gate, String addedBy) {
        GateFigures candidate = gate.candidate();
        GateFigures live = gate.live();
        return registry.add(trainedFolder, new GateResult(candidate.mnistTestAccuracy(), live.mnistTestAccuracy(),
                candidate.correctionsAccuracy(), live.correctionsAccuracy(), candidate.correctionsTestSize(),
                candidate.nonDigitRefusal(), live.nonDigitRefusal(), gate.comparedWithVersion(), gate.passed(),
                gate.reason()), addedBy).number();
    }
}
