package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, completion, usage errors and how errors look. */
class CommandLineBasicsTest {
    @TempDir
    Path temp;

    CliRun cli() {
        return new CliRun(temp);
    }

    @Test
    void helpListsEveryCommandTheExitCodesAndTheProviderVariable() {
        CliRun.Result r = cli().run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("quiz", "score", "roles", "role", "salary", "sources")
                .contains("Exit codes (every command):", "0   ok", "1   error", "2   usage", "3   batch only")
                .contains("--providers", "CAREERFIT_PROVIDERS", "NO_COLOR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quiz", "score", "batch", "questions", "roles", "role", "salary", "sources", "serve"})
    void everyCommandHasHelpWithTheOneListOfExitCodes(String command) {
        CliRun.Result r = cli().run(command, "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: careerfit " + command).containsOnlyOnce("Exit codes (every command):")
                .contains("3   batch only", "--providers");
    }

    @Test
    void theCommandWordIsFoundPastTheSharedOptionsAndTheirValues() {
        assertThat(CareerfitCommand.subcommand("--providers", "roles", "role", "x")).contains("role");
        assertThat(CareerfitCommand.subcommand("--verbose", "--release", "onet=roles", "roles")).contains("roles");
        assertThat(CareerfitCommand.subcommand("--providers=jars", "salary", "15-2051.00")).contains("salary");
        assertThat(CareerfitCommand.subcommand("--verbose")).isEmpty();
    }

    @Test
    void aMistypedCommandIsSuggestedFromAllOfThem() {
        CliRun.Result r = cli().run("rolez");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'rolez'", "role", "roles");
    }

    @Test
    void noCommandShowsTheHelp() {
        assertThat(cli().run().out()).startsWith("Usage: careerfit");
    }

    @Test
    void versionNamesTheProgramAndJava() {
        CliRun.Result r = cli().run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("careerfit 0.").contains("Java 17");
    }

    @Test
    void completionScriptIsGenerated() {
        CliRun.Result r = cli().run("generate-completion");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F", "careerfit", "salary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roles --frobnicate", "rolez", "role", "salary ml-engineer --period", "score",
            "score --interest-profiler 1 --limit 0"})
    void badCommandLinesExitWithTwoAndOneLineOnStandardError(String line) {
        CliRun.Result r = cli().run(line.split(" "));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: ").contains("--help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    @Tag("national")
    void controlCharactersTheUserTypedAreShownEscapedInErrors() {
        CliRun.Result unknownRole = cli().run("role", "\u001b[31mx\u0007");
        CliRun.Result unknownOption = cli().run("roles", "--\u001b]0;title\u0007");

        assertThat(unknownRole.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknownRole.errLines()).singleElement().asString()
                .startsWith("careerfit: unknown role '\\u001b[31mx\\u0007'");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownOption.errLines()).singleElement().asString().contains("\\u001b]0;title\\u0007");
        assertThat(unknownRole.err() + unknownOption.err()).doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        assertThat(cli().run("rolez").err()).contains("did you mean role or roles?");
    }

    @Test
    void errorsHaveNoStackTraceUnlessVerbose() {
        CliRun.Result quiet = cli().run("roles", "--providers", temp.resolve("missing").toString());
        CliRun.Result verbose = cli().run("roles", "--verbose", "--providers", temp.resolve("missing").toString());

        assertThat(quiet.errLines()).hasSize(1);
        assertThat(verbose.err()).contains("at dev.careerfit.cli.ProviderJars");
        assertThat(verbose.errLines()[0]).isEqualTo(quiet.errLines()[0]);
    }

    @Test
    void coloursOnlyOnATerminalAndNeverWithNoColor() {
        CliContext terminal = new CliContext(java.util.Map.of(), System.in, true, true, temp);
        CliContext noColor = new CliContext(java.util.Map.of("NO_COLOR", "1"), System.in, true, true, temp);
        CliContext pipe = new CliContext(java.util.Map.of(), System.in, false, true, temp);

        assertThat(terminal.colour()).isTrue();
        assertThat(noColor.colour()).isFalse();
        assertThat(pipe.colour()).isFalse();
        assertThat(terminal.style().bold("x")).contains("\u001b[");
        assertThat(pipe.style().bold("x")).isEqualTo("x");
    }

    @Test
    void barsFillInEighthsWithBlocksAndInHashesOtherwise() {
        assertThat(new Style(false, true).bar(0.5, 4)).isEqualTo("██  ");
        assertThat(new Style(false, true).bar(0.53125, 4)).isEqualTo("██▏ ");
        assertThat(Style.plain().bar(0.5, 4)).isEqualTo("##..");
        assertThat(Style.plain().bar(7, 4)).isEqualTo("####");
    }
}
