package com.digitrecognizer.models;

import com.digitrecognizer.recognition.ModelContract;
import com.digitrecognizer.training.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The version folders on disk, TensorFlow Serving's layout: {@code <root>/<number>/} with
 * saved_model.pb, variables/ and our model.json. Folders not named by a number are left alone, among
 * them our own copies in progress, which become a version only by an atomic rename.
 */
final class ModelFolders {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private final Path root;

    ModelFolders(Path root) {
        this.root = root;
    }

    /** Every version folder by its number. */
    SortedMap<Integer, Path> list() {
        SortedMap<Integer, Path> versions = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return versions;
        }
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).filter(dir -> NUMBER.matcher(dir.getFileName().toString()).matches())
                    .forEach(dir -> versions.put(Integer.parseInt(dir.getFileName().toString()), dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the models folder " + root, e);
        }
        return versions;
    }

    /** When anything in {@code dir} last changed: a copy in progress keeps it recent. */
    static FileTime lastChange(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(ModelFolders::modified).max(Comparator.naturalOrder()).orElseThrow();
        } catch (IOException | UncheckedIOException e) {
            return FileTime.fromMillis(System.currentTimeMillis()); // moving under our feet: not settled
        }
    }

    /** What a version folder lacks of the layout, in words; empty when complete. */
    static List<String> missing(Path dir) {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("saved_model.pb", ModelContract.CARD_FILE, "variables/variables.index")) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                missing.add(file);
            }
        }
        return missing;
    }

    /** Copies {@code model} in as version {@code number}; false, and nothing copied, when that number is taken. */
    boolean copyAs(Path model, int number) {
        return copyIn(model, () -> number, 1) == number;
    }

    /** Copies {@code model} in as the next free number, which it returns. */
    int copyAsNext(Path model) {
        int number = copyIn(model, () -> list().isEmpty() ? 1 : list().lastKey() + 1, 100);
        if (number < 0) {
            throw new IllegalStateException("No free version number in " + root + " after 100 attempts");
        }
        return number;
    }

    /**
     * Copies into a temporary sibling, then renames it to a number at once: a full disk or a crash
     * leaves no half version, only a temporary folder no one takes for one. -1 when every number
     * tried was taken (by another instance sharing the folder).
     */
    private int copyIn(Path model, IntSupplier number, int attempts) {
        Path incoming = root.resolve(".incoming-" + UUID.randomUUID());
        try {
            Files.createDirectories(root);
            Folders.copy(model, incoming);
            for (int attempt = 0; attempt < attempts; attempt++) {
                Path target = root.resolve(String.valueOf(number.getAsInt()));
                try {
                    Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                    return Integer.parseInt(target.getFileName().toString());
                } catch (IOException e) {
                    if (!Files.exists(target)) {
                        throw e;
                    }
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the model " + model + " into " + root + ": " + e.getMessage(), e);
        } finally {
            deleteTree(incoming);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the unfinished copy " + dir, e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
