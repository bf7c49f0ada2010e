package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider jar that adds a work factor also adds its questions, and the quiz asks them. */
@Tag("national")
class ProviderQuestionsTest {
    @TempDir
    Path home;

    @Test
    void theQuizAsksTheQuestionsAProviderJarShipsForItsOwnFactor() throws IOException {
        Path jar = ProviderJarFixture.write(home.resolve("jars/night-watch.jar"), Map.of(
                "META-INF/careerfit/questions", "night/night-shifts-questions.yaml\n",
                "night/night-shifts-questions.yaml", """
                        format: careerfit-questions/1
                        id: night-shifts
                        version: "1"
                        questions:
                          - {id: night-shifts.1, kind: AGREEMENT, factor: night-shifts, keying: POSITIVE, text: "I like working while others sleep."}
                          - {id: night-shifts.2, kind: AGREEMENT, factor: night-shifts, keying: POSITIVE, text: "Quiet night hours suit me."}
                          - {id: night-shifts.3, kind: AGREEMENT, factor: night-shifts, keying: REVERSE, text: "I want my evenings and nights free."}
                          - {id: night-shifts.importance, kind: IMPORTANCE, factor: night-shifts, text: "How much do the hours you work matter to you?"}
                        """), NightWatchProviderStub.class);

        CliRun cli = new CliRun(home).env("CAREERFIT_HOME", home.toString()).env("CAREERFIT_PROVIDERS", jar.toString());
        CliRun.Result listing = cli.run("questions");
        CliRun.Result r = cli.stdin(QuizKeys.input(QuizKeys.enoughToFinish())).run("quiz", "--role", "night-watch", "--full");

        assertThat(listing.exitCode()).as(listing.err()).isZero();
        assertThat(listing.out()).contains("night-shifts.1", "I like working while others sleep.");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // The report wraps its sentences at 100 columns.
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Night shifts", "How much do the hours you work matter to you?",
                "I like working while others sleep.")
                // Only Night Watch is rated on night shifts, so nothing places it among the other occupations.
                .contains("No score for Night Watch: careerfit has no level for it on anything you answered that other "
                        + "occupations are also rated on");
    }
}
