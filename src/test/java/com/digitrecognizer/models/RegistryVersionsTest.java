package com.digitrecognizer.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What retraining hands the registry: its model becomes the next version, with the gate's figures, not live. */
@SpringBootTest
class RegistryVersionsTest {

    @Autowired
    RegistryVersions versions;
    @Autowired
    ModelRegistry registry;
    @TempDir
    Path temp;

    @Test
    void retrainingStartsFromTheLiveVersionAndAddsItsModelWithTheGate() {
        ModelVersion live = registry.live();
        assertThat(versions.live()).isEqualTo(new VersionSink.LiveModel(live.name(), live.directory()));

        GateResult gate = new GateResult(0.9953, 0.9959, 0.98, 0.64, 250, 0.962, 0.963, live.name(), false,
                "MNIST 0.06 points below the live model");
        int number = versions.add(TestModels.copy(temp.resolve("job-1"), "retrained"), gate, "boss");

        ModelVersion added = registry.find(number).orElseThrow();
        assertThat(added.name()).isEqualTo("retrained");
        assertThat(added.status()).isEqualTo(ModelVersion.Status.OK);
        assertThat(added.live()).as("a failed gate never goes live").isFalse();
        assertThat(added.gate()).isEqualTo(new GateResult(0.9953, 0.9959, 0.98, 0.64, 250, 0.962, 0.963, live.name(),
                false, "MNIST 0.06 points below the live model"));
        assertThat(registry.live().number()).isEqualTo(live.number());
    }
}
