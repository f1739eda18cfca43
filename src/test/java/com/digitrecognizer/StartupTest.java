package com.digitrecognizer;

import com.digitrecognizer.recognition.DigitClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A model that cannot be served stops the start, with a message that says where and why. */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

    @TempDir
    Path dir;

    @Test
    void aMissingModelStopsStartUpNamingThePath(CapturedOutput output) {
        Path missing = dir.resolve("no-model-here");

        assertThatThrownBy(() -> start(Map.of(), "--recognition.model-path=" + missing))
                .hasRootCauseInstanceOf(DigitClassifier.ModelLoadException.class)
                .rootCause().hasMessageContaining(missing.toString()).hasMessageContaining("saved_model.pb is missing");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("recognition.model-path");
    }

    @Test
    void aBrokenModelStopsStartUpWithTheCause() throws IOException {
        Files.write(dir.resolve("saved_model.pb"), "not a graph".getBytes());
        Files.copy(Path.of("saved_model/model.json"), dir.resolve("model.json"));

        assertThatThrownBy(() -> start(Map.of(), "--recognition.model-path=" + dir))
                .hasStackTraceContaining("Cannot load the TensorFlow SavedModel at " + dir);
    }

    @Test
    void aSettingGivenAsAnEnvironmentVariableTakesEffect() {
        Path fromEnvironment = dir.resolve("model-from-environment");

        assertThatThrownBy(() -> start(Map.of("RECOGNITION_MODEL_PATH", fromEnvironment.toString())))
                .rootCause().hasMessageContaining(fromEnvironment.toString());
    }

    /** Starts the app with {@code variables} added to the real environment variables. */
    private static void start(Map<String, String> variables, String... args) {
        Map<String, Object> environment = new HashMap<>(System.getenv());
        environment.putAll(variables);
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environment));
        new SpringApplicationBuilder(Application.class).environment(spring)
                .properties("server.port=0").run(args).close();
    }
}
