package com.digitrecognizer.training;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void aYesNoOptionIsTrueFalseOrItsDefault() {
        assertThat(new CommandLine(new String[] {"--resume", "true"}, Set.of("resume")).yesNo("resume", false)).isTrue();
        assertThat(new CommandLine(new String[] {"--resume", "false"}, Set.of("resume")).yesNo("resume", true)).isFalse();
        assertThat(new CommandLine(new String[0], Set.of("resume")).yesNo("resume", false)).isFalse();
    }

    @Test
    void aYesNoOptionMistypedIsRefusedNotTakenForFalse() {
        CommandLine options = new CommandLine(new String[] {"--resume", "ture"}, Set.of("resume"));

        assertThatThrownBy(() -> options.yesNo("resume", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--resume is true or false");
    }
}
