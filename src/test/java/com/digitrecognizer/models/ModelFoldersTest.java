package com.digitrecognizer.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A copy that fails half-way (as on a full disk) leaves no version behind, not even half of one. */
class ModelFoldersTest {

    @TempDir
    Path temp;

    @Test
    void aCopyThatFailsHalfWayLeavesNoHalfVersion() throws IOException {
        Path model = TestModels.copy(temp.resolve("trained"), "trained");
        // a file that cannot be read in the middle of the copy: the write fails as on a full disk
        Files.createSymbolicLink(model.resolve("variables/zz-lost"), temp.resolve("nowhere"));
        ModelFolders folders = new ModelFolders(temp.resolve("models"));

        assertThatThrownBy(() -> folders.copyAsNext(model)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot copy the model");

        assertThat(folders.list()).as("no version").isEmpty();
        try (var left = Files.list(temp.resolve("models"))) {
            assertThat(left.toList()).as("nor the unfinished copy").isEmpty();
        }
        Files.delete(model.resolve("variables/zz-lost"));
        assertThat(folders.copyAsNext(model)).as("the next copy takes the number").isEqualTo(1);
        assertThat(ModelFolders.missing(temp.resolve("models/1"))).isEmpty();
    }
}
