package com.digitrecognizer.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class UiPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(UiConfiguration.class);

    @Test
    void liveRecognitionIsOnUnlessSwitchedOff() {
        context.run(app -> assertThat(app.getBean(UiProperties.class).liveRecognition()).isTrue());
        context.withPropertyValues("ui.live-recognition=false")
                .run(app -> assertThat(app.getBean(UiProperties.class).liveRecognition()).isFalse());
    }
}
