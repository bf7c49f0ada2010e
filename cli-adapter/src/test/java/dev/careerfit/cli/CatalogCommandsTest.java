package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roles, role, salary and sources, with the user's own provider jars. */
@Tag("national")
class CatalogCommandsTest {
    @TempDir
    Path temp;

    Path jars;
    CliRun cli;

    @BeforeEach
    void writeProviderJars() throws IOException {
        jars = temp.resolve("providers");
        ProviderJarFixture.write(jars.resolve("widget-stats.jar"), WidgetStatsProviderStub.class);
        ProviderJarFixture.write(jars.resolve("widget-board.jar"), WidgetBoardProviderStub.class);
        cli = new CliRun(temp.resolve("home"));
    }

    @Test
    void rolesListsTheRolesOfProviderJarsInAFolder() {
        CliRun.Result r = cli.run("roles", "--providers", jars.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("widget-maker\\s+Widget Maker");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void rolesTakesProviderJarsFromTheEnvironmentAsAPathList() {
        String list = jars.resolve("widget-stats.jar") + File.pathSeparator + jars.resolve("widget-board.jar");

        CliRun.Result r = cli.env("CAREERFIT_PROVIDERS", list).run("roles");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("widget-maker");
    }

    @Test
    void providersOptionComesBeforeTheSubcommandToo() {
        CliRun.Result r = cli.run("--providers", jars.toString(), "roles");

        assertThat(r.out()).contains("Widget Maker");
    }

    @Test
    void rolesWithoutExtraProvidersDoesNotShowTheirRoles() {
        CliRun.Result r = cli.run("roles");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("widget-maker");
    }

    @Test
    void missingProviderFolderIsAnErrorNamingIt() {
        CliRun.Result r = cli.run("roles", "--providers", temp.resolve("nowhere").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .contains("--providers", "nowhere", "is not there").doesNotContain("Exception");
    }

    @Test
    void roleShowsEveryFigureWithItsSourceAndMarksDisagreements() {
        CliRun.Result r = cli.run("role", "widget-maker", "--details", "--providers", jars.toString());
        CliRun.Result brief = cli.run("role", "widget-maker", "--providers", jars.toString());

        assertThat(r.exitCode()).isZero();
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out)
                .contains("Widget Maker", "Makes widgets.")
                .contains("2 sources differ on amount")
                .contains("chosen: mean $83,200 a year [1]; 2024")
                .contains("range $90,000 to $120,000 a year [2]")
                .contains("[1] Widget Statistics Office, Widget Trades Survey", "[2] Widget Jobs Board, Salary pages")
                .contains("Why this one: careerfit's rule")
                .contains("+7% employment growth 2024-2034")
                .contains("Manufacturing: 60% of jobs");
        assertThat(brief.out().replaceAll("\\s+", " ")).contains("Where its sources disagree",
                "2 sources differ on amount; shown: [1]");
        // Words, not codes: the providers' ids stay in --json.
        assertThat(r.out() + brief.out()).doesNotContain("widget-stats", "widget-board");
    }

    @Test
    void unknownRoleExitsWithOneAndNamesTheKnownRoles() {
        CliRun.Result r = cli.run("role", "widget-breaker", "--providers", jars.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("careerfit: unknown role 'widget-breaker'; did you mean widget-maker? Search the 1,020 known "
                        + "roles by title with 'careerfit roles --search TEXT'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void salaryShowsEachPlaceWithItsSourceAndABarChart() {
        CliRun.Result r = cli.run("salary", "widget-maker", "--providers", jars.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("Widget Maker: pay")
                .contains("In the U.S. (USD)", "In San Francisco, CA (USD)")
                .containsPattern("mean\\s+\\$104,000")
                .containsPattern("the U\\.S\\. \\[1]\\s+#+\\.*\\s+\\$83,200 mean")
                .containsPattern("San Francisco, CA \\[2]\\s+#+\\.{4}\\s+\\$104,000 mean")
                .as("the longest bar is the top of the board's range, $120,000")
                .containsPattern("the U\\.S\\. \\[2]\\s+\\.+#+\\s+\\$90,000 to \\$120,000 range");
    }

    @Test
    void salaryForOnePlaceLeavesTheOthersOut() {
        CliRun.Result r = cli.run("salary", "widget-maker", "--location", "san francisco", "--providers", jars.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("$104,000").doesNotContain("$83,200");
    }

    @Test
    void salaryConvertsToHourlyAtTwoThousandEightyHours() {
        CliRun.Result r = cli.run("salary", "widget-maker", "--period", "hourly", "--providers", jars.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("mean\\s+\\$40.00").containsPattern("range\\s+\\$43.27 to \\$57.69")
                .contains("an hour", "2,080 hours")
                .as("a converted figure is careerfit's conversion of the publisher's, never the publisher's alone")
                .contains("From [1], converted by careerfit")
                .containsPattern("the U\\.S\\. \\[1]\\s+#+\\.*\\s+\\$40.00 mean \\(converted by\\s+careerfit\\)");
    }

    @Test
    void salaryChartsARangeAsTheRangeItIsNotAsAMidpointNoSourcePublished() {
        CliRun.Result r = cli.run("salary", "widget-maker", "--providers", jars.toString());

        assertThat(r.out()).containsPattern("the U\\.S\\. \\[2]\\s+\\.+#+\\s+\\$90,000 to \\$120,000 range")
                .doesNotContain("$105,000").doesNotContain("midpoint");
    }

    @Test
    void salaryAtAPlaceWithoutFiguresNamesThePlacesThatHaveThem() {
        CliRun.Result r = cli.run("salary", "widget-maker", "-l", "London", "--providers", jars.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .contains("no salary figures for 'widget-maker' at 'London'", "US", "San Francisco, CA");
    }

    @Test
    void salaryWithAnUnknownPeriodIsAUsageError() {
        CliRun.Result r = cli.run("salary", "widget-maker", "--period", "weekly");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString().contains("weekly", "ANNUAL", "HOURLY");
    }

    @Test
    void sourcesListsProvidersTheirSourcesFailuresAndDisagreementsThenFailsForTheUsersBrokenJar() throws IOException {
        ProviderJarFixture.write(jars.resolve("broken.jar"), BrokenProviderStub.class);

        CliRun.Result r = cli.run("sources", "--details", "--providers", jars.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --providers broken.jar: provider "
                + "'broken'");
        assertThat(r.out().replaceAll("\\s+", " "))
                .contains("Widget Statistics Office, Widget Trades Survey", "(official statistics)",
                        "https://example.org/widgets", "licence: CC-BY-4.0")
                .contains("Widget Jobs Board, Salary pages", "(job market data)")
                .contains("provider 'broken'", "widgets.json is missing from the jar")
                .containsPattern("Where sources disagree \\(\\d+\\)")
                .contains("Widget Maker: salary in US (USD): 2 sources differ on amount");
    }

    @Test
    void aProviderInTheUsersJarsThatFailsIsAnErrorNamingItsJarAndWhy() throws IOException {
        ProviderJarFixture.write(jars.resolve("broken.jar"), BrokenProviderStub.class);

        CliRun.Result r = cli.run("roles", "--providers", jars.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --providers broken.jar: provider "
                + "'broken' (" + BrokenProviderStub.class.getName()).contains("widgets.json is missing from the jar");
    }
}
