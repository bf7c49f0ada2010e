package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The launcher's class-data-sharing archive is trained on these commands; each must still run. */
@Tag("national")
class StartupTrainingTest {
    @Test
    void everyTrainingCommandRunsToTheEnd() {
        assertThat(java.util.Arrays.stream(StartupTraining.COMMANDS).map(c -> c[0])).contains("roles", "role", "score");
        assertThat(StartupTraining.train()).as("commands that failed").isZero();
    }
}
