package com.digitrecognizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar as deploy/ runs it: unpacked by deploy/extract.sh with a record of its
 * start-up (an AOT cache on Java 25+, a class-data archive before), then started by deploy/run.sh
 * with the options the script wrote and that record required (a JVM that cannot use it fails
 * instead of starting slowly), asked for a digit, and watched for the JVM's warnings of native
 * access and Unsafe, and for the start-up line's word that other kernels would answer faster.
 */
class DeployIT {

    @TempDir
    Path dir;

    @Test
    void theUnpackedJarStartsWithItsStartUpRecordAndRecognises() throws Exception {
        Path jar = productionJar();
        Path app = dir.resolve("app");

        ProcessBuilder extractor = new ProcessBuilder("deploy/extract.sh", jar.toString(), app.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("extract.log").toFile());
        // the record belongs to one JVM: the script's java must be the one that starts the server below
        extractor.environment().put("PATH", Path.of(java()).getParent() + ":" + System.getenv("PATH"));
        Process extract = extractor.start();
        assertThat(extract.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(extract.exitValue()).as(Files.readString(dir.resolve("extract.log"))).isZero();
        String jvmArgs = Files.readString(app.resolve("jvm.args"));
        boolean aotCache = jvmArgs.contains("-XX:AOTCache=");
        assertThat(app.resolve(aotCache ? "app.aot" : "app.jsa")).isNotEmptyFile();

        int port = freePort();
        ProcessBuilder starter = new ProcessBuilder("deploy/run.sh", app.resolve(jar.getFileName()).toString(),
                "--server.address=127.0.0.1", "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
        starter.environment().put("JAVA_HOME", Path.of(java()).getParent().getParent().toString());
        starter.environment().put("JAVA_OPTS", (aotCache ? "-XX:AOTMode=on" : "-Xshare:on") + " -Xmx128m -XX:+UseSerialGC");
        starter.environment().remove("TF_ENABLE_ONEDNN_OPTS"); // run.sh chooses by the CPU
        Process server = starter.start();
        try {
            HttpResponse<String> answer = firstAnswer(server, port);
            String log = Files.readString(dir.resolve("server.log"));
            assertThat(answer.statusCode()).as(log).isEqualTo(200);
            assertThat(answer.body()).contains("\"digit\":7");
            assertThat(log).doesNotContain("restricted method").doesNotContain("sun.misc.Unsafe"); // the JVM's warnings
            assertThat(log).contains("TensorFlow's").doesNotContain("answers faster"); // run.sh chose the kernels
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Posts an MNIST "7" until the server answers, or for a minute. */
    private HttpResponse<String> firstAnswer(Process server, int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest predict = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/predict"))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("src/test/resources/api/digit-7.png"))).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try {
                return client.send(predict, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException notYet) {
                assertThat(server.isAlive()).as(Files.readString(dir.resolve("server.log"))).isTrue();
                assertThat(System.nanoTime()).as("no answer within a minute").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().matches("digit-recognizer-.*\\.jar")).toList();
            assertThat(jars).as("the jar of ./mvnw -Pproduction package").hasSize(1);
            return jars.get(0);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
