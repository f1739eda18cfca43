package com.digitrecognizer.models;

import com.digitrecognizer.training.Folders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Version folders for tests: the shipped model under another card version, and broken ones. */
final class TestModels {

    static final Path SHIPPED = Path.of("saved_model");
    /** What the issue allows for a version dropped in, or promoted elsewhere, to be seen. */
    static final Duration WITHIN = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.shared();

    private TestModels() {
    }

    /** A copy of the shipped model in {@code target} whose card says {@code version} (same weights). */
    static Path copy(Path target, String version) {
        copyTree(SHIPPED, target);
        ObjectNode card = (ObjectNode) JSON.readTree(target.resolve("model.json").toFile());
        card.put("version", version);
        JSON.writeValue(target.resolve("model.json").toFile(), card);
        return target;
    }

    /** A copy without its variables: it will not load. */
    static Path withoutVariables(Path target) {
        copy(target, "no-variables");
        ModelFolders.deleteTree(target.resolve("variables"));
        try {
            Files.createDirectories(target.resolve("variables"));
            Files.writeString(target.resolve("variables/variables.index"), "not an index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static void copyTree(Path from, Path to) {
        try {
            Folders.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code condition} holds, failing after {@link #WITHIN}. */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within " + WITHIN).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
