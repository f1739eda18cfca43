package com.digitrecognizer.models;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Version folders for tests: the shipped model under another card version, and broken ones. */
final class TestModels {

    static final Path SHIPPED = Path.of("saved_model");
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
            ModelFolders.copyTree(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
