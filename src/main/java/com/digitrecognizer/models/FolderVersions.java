package com.digitrecognizer.models;

import com.digitrecognizer.recognition.ModelCard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The versions retraining made, as numbered folders with their gate beside the model
 * ({@value #GATE_FILE}); retraining starts from the model the app serves.
 */
@Component
class FolderVersions implements VersionSink {

    static final String GATE_FILE = "gate.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path served;
    private final Path folder;

    FolderVersions(@Value("${recognition.model-path:saved_model}") Path served, RetrainProperties settings) {
        this.served = served;
        this.folder = settings.versionsFolder();
    }

    @Override
    public LiveModel live() {
        return new LiveModel(ModelCard.read(served).version(), served);
    }

    @Override
    public synchronized int add(Path trainedFolder, GateOutcome gate, String addedBy) {
        try {
            Files.createDirectories(folder);
            int number = next();
            JSON.writeValue(trainedFolder.resolve(GATE_FILE).toFile(), gate);
            Files.move(trainedFolder, folder.resolve(String.valueOf(number)), StandardCopyOption.ATOMIC_MOVE);
            return number;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int next() throws IOException {
        try (Stream<Path> versions = Files.list(folder)) {
            return versions.map(path -> path.getFileName().toString()).filter(name -> name.matches("[0-9]+"))
                    .mapToInt(Integer::parseInt).max().orElse(0) + 1;
        }
    }
}
