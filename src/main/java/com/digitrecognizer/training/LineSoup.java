package com.digitrecognizer.training;

import com.digitrecognizer.recognition.LineContract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Averages line readers weight by weight into one, a "model soup" (Wortsman et al., 2022):
 * polishes of one line reader, each from its own seed, end in the same valley of the loss, where
 * their average can lie nearer its floor than any of them (bench/RESULTS.md, round 42: as many
 * numbers read, fewer misread). The model's own line reader is one of the ingredients, and the
 * soup takes its place in the model's folder {@value LineContract#FOLDER}.
 * <pre>./mvnw -Ptrain compile exec:java@line-soup -Dline-soup.args="--model saved_model --with target/polish61,target/polish62"</pre>
 * {@code --with} names the other model folders whose line readers go in (polishes of the model's own).
 */
public final class LineSoup {

    private static final Set<String> OPTIONS = Set.of("data", "model", "with");

    private LineSoup() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        CommandLine options = new CommandLine(args, OPTIONS);
        MnistFiles files = MnistFiles.locate(options.path("data"), Path.of("target", "mnist"));
        files.verify();
        List<Path> with = Arrays.stream(options.text("with", "").split(",")).filter(name -> !name.isBlank())
                .map(Path::of).toList();
        make(Path.of(options.text("model", "saved_model")), with, HeldOut.validationDigits(files.train()), System.out);
    }

    /**
     * Replaces the line reader of {@code model} by the average of it and those of the models {@code with};
     * answers the share of lines of {@code validationDigits} the soup reads exactly.
     */
    static double make(Path model, List<Path> with, MnistData validationDigits, PrintStream out) throws IOException {
        List<Path> folders = new ArrayList<>(with);
        folders.addFirst(model);
        List<FoldedCnn.Weights> readers = new ArrayList<>();
        for (Path folder : folders) {
            Path line = LineContract.folderIn(folder);
            if (line == null) {
                throw new IllegalArgumentException("No line reader in " + folder.toAbsolutePath());
            }
            readers.add(FoldedCnn.read(line));
        }
        if (readers.size() < 2) {
            throw new IllegalArgumentException("A soup needs another line reader: --with MODEL[,MODEL...]");
        }
        Path soupFolder = model.resolve(LineContract.FOLDER);
        try (LineNetwork soup = new LineNetwork(FoldedCnn.read(model), average(readers), 0)) {
            double exact = LineCommand.exact(soup, LineCommand.validationLines(validationDigits));
            soup.export(soupFolder);
            out.printf(Locale.ROOT, "Saved the average of %d line readers in %s: validation lines read exactly %.2f %%%n",
                    readers.size(), soupFolder.toAbsolutePath(), 100 * exact);
            return exact;
        }
    }

    /** Each weight the mean of the {@code readers}' (the same layers, of the same shapes). */
    private static FoldedCnn.Weights average(List<FoldedCnn.Weights> readers) {
        FoldedCnn.Weights first = readers.getFirst();
        List<Layer<float[]>> layers = new ArrayList<>();
        for (int i = 0; i < first.layers().size(); i++) {
            int layer = i;
            layers.add(new Layer<>(mean(readers.stream().map(reader -> reader.layers().get(layer).kernel()).toList()),
                    mean(readers.stream().map(reader -> reader.layers().get(layer).bias()).toList()),
                    first.layers().get(i).poolAfter()));
        }
        return new FoldedCnn.Weights(layers, first.kernelShapes());
    }

    private static float[] mean(List<float[]> values) {
        float[] mean = new float[values.getFirst().length];
        for (float[] each : values) {
            if (each.length != mean.length) {
                throw new IllegalArgumentException("Line readers of different shapes cannot be averaged");
            }
            for (int i = 0; i < mean.length; i++) {
                mean[i] += each[i] / values.size();
            }
        }
        return mean;
    }
}
