package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same kind of mistake gets the same exit code in every command (the one list in {@code careerfit --help}),
 * and a mistyped command, option or role id gets the nearest known ones: "did you mean".
 */
@Tag("national")
class MistakesAndSuggestionsTest {
    @TempDir
    static Path home;

    static CliRun.Result run(String command) {
        return new CliRun(home.resolve("user")).env("CAREERFIT_HOME", home.resolve("home").toString())
                .run(command.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"roles --limit 0", "score --interest-profiler 10,40,10,10,10,30 --limit 0",
            "batch people.jsonl --top 0", "batch people.jsonl --threads 0", "score --interest-profiler 123",
            "salary 15-2051.00 --period weekly", "quiz --resume --restart", "score", "role"})
    void aNumberOutOfRangeAMalformedValueOrAMissingArgumentIsAUsageError(String command) {
        CliRun.Result r = run(command);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: ").endsWith(" --help')");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"role no-such-role", "salary no-such-role", "score --interest-profiler "
            + "10,40,10,10,10,30 --role no-such-role", "quiz --role no-such-role", "batch - --roles no-such-role"})
    void anUnknownRoleIsAnErrorInEveryCommand(String command) {
        CliRun.Result r = run(command);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("unknown role 'no-such-role'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quiz", "score", "batch people.jsonl", "questions", "roles", "role 15-2051.00",
            "salary 15-2051.00", "sources", "serve"})
    void aMistypedOptionIsAUsageErrorSuggestingTheOption(String command) {
        CliRun.Result r = run(command + " --verbse");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: unknown option '--verbse'; did you "
                + "mean --verbose? (see 'careerfit " + command.split(" ")[0] + " --help')");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"qiuz, quiz", "scroe, score", "roels, roles", "sorces, sources", "btach, batch", "rols, role or roles"})
    void aMistypedCommandIsAUsageErrorSuggestingTheCommand(String typed, String meant) {
        CliRun.Result r = run(typed);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: unknown command '" + typed + "'; did "
                + "you mean " + meant + "? (see 'careerfit --help')");
    }

    @Test
    void anOnetCodeWithoutItsSuffixSuggestsTheOccupation() {
        CliRun.Result r = run("role 15-2051");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: unknown role '15-2051'; did you mean "
                + "15-2051.00, 15-2051.01").matches(".*\\? Search the [\\d,]+ known roles by title with 'careerfit "
                + "roles --search TEXT'");
    }

    @Test
    void aTitleGivenForAnIdSuggestsTheRolesWithThatTitle() {
        CliRun.Result r = new CliRun(home.resolve("user")).env("CAREERFIT_HOME", home.resolve("home").toString())
                .run("role", "Data Scientists");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("did you mean ")
                .contains("15-2051.00 (Data Scientists)");
    }

    @Test
    void aMistypedIdSuggestsTheNearestIds() {
        CliRun.Result r = run("role ml-enginer");

        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: unknown role 'ml-enginer'; did you "
                + "mean ml-engineer");
    }
}
