package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careerfit roles} run as the program runs it (the catalog preloaded from the command line) lists the roles
 * from the role index careerfit-all ships, opening no provider, and prints exactly what opening them prints; with
 * the user's own provider jars it opens them and lists their roles too. {@code careerfit score --all} ranks with the
 * scoring index careerfit-all ships, found through the role index, and opens no provider either.
 */
@Tag("national")
class RolesFromShippedIndexTest {
    @TempDir
    Path temp;

    record Run(int code, String out, String err, CliContext context) {}

    private Run asTheProgram(Map<String, String> env, String... args) {
        CliContext context = new CliContext(env, new ByteArrayInputStream(new byte[0]), false, false,
                temp.resolve("home"));
        context.preloadCatalog(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CareerfitCommand.run(context, out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), context);
    }

    @Test
    void rolesListsFromTheShippedIndexWhatOpeningTheProvidersLists() {
        CliRun.Result opened = new CliRun(temp.resolve("home")).run("roles");
        Run indexed = asTheProgram(Map.of(), "roles");

        assertThat(indexed.code()).isZero();
        assertThat(indexed.context().loadedCatalog().providersOpened()).as("a provider was opened").isFalse();
        assertThat(indexed.out()).isEqualTo(opened.out()).contains("1,019 occupations and roles in all");
        assertThat(indexed.err()).isEqualTo(opened.err()).isEmpty();
    }

    @Test
    void aSearchOrJsonOpensTheProviders() {
        assertThat(asTheProgram(Map.of(), "roles", "--search", "data").context().loadedCatalog().providersOpened())
                .isTrue();
        assertThat(asTheProgram(Map.of(), "roles", "--json").context().loadedCatalog().providersOpened()).isTrue();
    }

    @Test
    void scoreAllRanksFromTheShippedIndexesWhatOpeningTheProvidersRanks() {
        String answers = TextReportTest.EXAMPLE.toString();
        CliRun.Result opened = new CliRun(temp.resolve("home")).run("score", "--answers", answers, "--all");
        Run indexed = asTheProgram(Map.of(), "score", "--answers", answers, "--all");

        assertThat(indexed.code()).as(indexed.err()).isZero();
        assertThat(indexed.context().loadedCatalog().providersOpened()).as("a provider was opened").isFalse();
        assertThat(indexed.out()).isEqualTo(opened.out()).contains("Your best occupations, out of 1,019")
                .contains("Data Scientists 15-2051.00");
        assertThat(indexed.err()).isEqualTo(opened.err()).isEmpty();
        assertThat(asTheProgram(Map.of(), "score", "--answers", answers, "--all", "--json").out())
                .isEqualTo(new CliRun(temp.resolve("home")).run("score", "--answers", answers, "--all", "--json").out());
    }

    @Test
    void aScorePageOnOneRoleOpensTheProvidersAndPrintsTheSame() {
        String answers = TextReportTest.EXAMPLE.toString();
        Run asked = asTheProgram(Map.of(), "score", "--answers", answers, "--all", "--role", "15-2051.00");

        assertThat(asked.context().loadedCatalog().providersOpened()).isTrue();
        assertThat(asked.out()).isEqualTo(new CliRun(temp.resolve("home")).run("score", "--answers", answers, "--all",
                "--role", "15-2051.00").out());
        assertThat(asTheProgram(Map.of(), "score", "--answers", answers).context().loadedCatalog().providersOpened())
                .as("the answers' role, reported without --all").isTrue();
    }

    @Test
    void providerJarsFromTheEnvironmentAreOpenedAndListed() throws IOException {
        Path jar = temp.resolve("widget-stats.jar");
        ProviderJarFixture.write(jar, WidgetStatsProviderStub.class);
        ProviderJarFixture.write(temp.resolve("widget-board.jar"), WidgetBoardProviderStub.class);

        Run r = asTheProgram(Map.of(CliContext.PROVIDERS_ENV, jar + java.io.File.pathSeparator
                + temp.resolve("widget-board.jar")), "roles");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.context().loadedCatalog().providersOpened()).isTrue();
        assertThat(r.out()).containsPattern("widget-maker\\s+Widget Maker");
        Run scored = asTheProgram(Map.of(CliContext.PROVIDERS_ENV, jar.toString()), "score", "--answers",
                TextReportTest.EXAMPLE.toString(), "--all");
        assertThat(scored.code()).as(scored.err()).isZero();
        assertThat(scored.context().loadedCatalog().providersOpened()).as("another provider: the full path").isTrue();
        assertThat(scored.out()).contains("Your best occupations, out of 1,020");
        assertThat(asTheProgram(Map.of(), "--providers", jar.toString(), "score", "--answers",
                TextReportTest.EXAMPLE.toString(), "--all").context().loadedCatalog().providersOpened())
                .as("--providers: the full path").isTrue();
    }
}
