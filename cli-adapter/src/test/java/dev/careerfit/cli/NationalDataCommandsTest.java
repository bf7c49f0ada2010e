package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * roles, role, salary and sources over the national data a new user gets out of the box: every
 * O*NET 30.1 occupation with OEWS May 2024 wages and Employment Projections 2024-34, and a release
 * folder of their own read instead of the built-in snapshot.
 */
class NationalDataCommandsTest {
    /** The synthetic O*NET release of careerfit-provider-onet's tests: made-up occupations in the official layout. */
    private static final Path SYNTHETIC_ONET = Path.of("..", "data-providers", "onet", "src", "test", "resources",
            "dev", "careerfit", "provider", "onet", "synthetic-release").toAbsolutePath().normalize();

    @TempDir
    Path home;

    @Test
    @Tag("national")
    void searchesRolesByTitleAndOtherTitles() {
        CliRun.Result r = new CliRun(home).run("roles", "--search", "machine learning");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("ml-engineer\\s+Machine Learning Engineer")
                .containsPattern("15-1221.00\\s+Computer and Information Research Scientists")
                .containsPattern("15-1299.08\\s+Computer Systems Engineers/Architects")
                .containsPattern("15-2051.00\\s+Data Scientists")
                .contains("4 roles match 'machine learning'");
    }

    @Test
    @Tag("national")
    void limitsTheListing() {
        CliRun.Result r = new CliRun(home).run("roles", "--limit", "5");

        assertThat(r.out().lines().filter(l -> l.matches("^[0-9a-z].*"))).hasSize(6);
        assertThat(r.out()).contains("1,019 roles from 7 providers; 5 shown (--limit).");
        CliRun.Result zero = new CliRun(home).run("roles", "--limit", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.errLines()).singleElement().asString()
                .isEqualTo("careerfit: --limit must be at least 1, was 0 (see 'careerfit roles --help')");
    }

    @Test
    @Tag("national")
    void aSearchThatFindsNothingSaysSo() {
        CliRun.Result r = new CliRun(home).run("roles", "--search", "zzz-no-such-title");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("0 roles match 'zzz-no-such-title'. Try fewer or other words."
                + System.lineSeparator());
    }

    @Test
    @Tag("national")
    void roleShowsTheOewsMedianWithItsProvenanceAndWhatOnetDoesNotPublish() {
        CliRun.Result r = new CliRun(home).run("role", "15-2051.00");

        assertThat(r.exitCode()).isZero();
        // OEWS May 2024, 15-2051: annual median 112,590; EP 2024-34: 245.9 thousand jobs in 2024.
        assertThat(r.out()).contains("Data Scientists  (15-2051.00)")
                .contains("salary in US (USD): median $112,590, mean $124,590")
                .containsPattern("salary in US .*\\R +\\[1] 2024; national_M2024_dl, A_MEAN")
                .contains("[1] U.S. Bureau of Labor Statistics: Occupational Employment and Wage Statistics (OEWS), national "
                        + "estimates, May 2024", "source bls-oews from provider bls-oews", "published for SOC 15-2051")
                .contains("245,900 jobs in 2024")
                .contains("O*NET 30.1 publishes no skills ratings for this occupation")
                .contains("Codes: O*NET-SOC 15-2051.00, SOC 15-2051, SOC 15-2050");
    }

    @Test
    @Tag("national")
    void roleShowsTheLinkedOccupationsBesideTheGuidesAndWhereTheyDiffer() {
        CliRun.Result r = new CliRun(home).run("role", "ml-engineer");

        assertThat(r.out()).contains("Linked national occupations")
                .contains("why: O*NET 30.1 (December 2025) lists 'Machine Learning Engineer' as another title of "
                        + "15-1221.00 Computer and Information Research Scientists")
                .contains("Where Machine Learning Engineer's figures differ from the linked occupations'")
                .contains("salary in US (USD)  [differs on amount]", "this role: mean $112,430 a year")
                .contains("15-1221.00 Computer and Information Research Scientists: median $140,910, mean $152,310")
                .contains("education needed to enter  [differs on minimum level]");
    }

    @Test
    @Tag("national")
    void salaryShowsThePublishedPercentilesAndTheHourlyFiguresAsPublished() {
        CliRun.Result annual = new CliRun(home).run("salary", "15-2051.00");
        CliRun.Result hourly = new CliRun(home).run("salary", "15-2051.00", "--period", "hourly");

        assertThat(annual.out()).contains("10th percentile $63,650", "90th percentile $194,410");
        assertThat(hourly.out()).contains("median $54.13").contains("$54.13 median");
    }

    @Test
    @Tag("national")
    void salaryMarksTopCodedWagesAsAtLeastTheLimit() {
        CliRun.Result r = new CliRun(home).run("salary", "11-1011.00");

        // OEWS May 2024, 11-1011 Chief Executives: A_PCT75 and A_PCT90 are '#', at least $239,200 a year.
        assertThat(r.out()).contains("75th percentile $239,200 or more", "90th percentile $239,200 or more");
    }

    /**
     * OEWS May 2024 and EP 2024-34 publish SOC 21-1018, which combines O*NET 30.1's 21-1011 and 21-1014: median
     * $59,190, +16.8% employment 2024-34, 48.3 thousand openings a year.
     */
    @Test
    @Tag("national")
    void roleShowsTheBlsFiguresOfTheCodeThatCombinesTheOccupationsCode() {
        CliRun.Result r = new CliRun(home).run("role", "21-1014.00");

        assertThat(r.out()).contains("salary in US (USD): median $59,190")
                .contains("published for SOC 21-1018 (Substance Abuse, Behavioral Disorder, and Mental Health "
                        + "Counselors), which combines SOC 21-1011 and SOC 21-1014")
                .contains("+16.8% employment growth 2024-2034", "48,300 openings a year on average, 2024-2034")
                .doesNotContain("publishes no figures");
    }

    /** OEWS publishes 15-1299's figures; 15-1299.08 shows them as the figures of 15-1299, under that code's title. */
    @Test
    @Tag("national")
    void aLinkedOccupationsFiguresSayWhichCodeAndOccupationPublishedThem() {
        CliRun.Result r = new CliRun(home).run("role", "ml-engineer");

        assertThat(r.out()).contains("15-1299.08 Computer Systems Engineers/Architects, figures of SOC 15-1299 Computer "
                + "Occupations, All Other: median $108,970")
                .contains("published for SOC 15-1299 (Computer Occupations, All Other)");
    }

    /**
     * OEWS May 2024 publishes Actors' wages per hour only (HOURLY is TRUE): per year they are careerfit's conversion,
     * said on the value with the publisher's reason first; and Chief Executives' 90th percentile is top-coded, said on
     * the figure itself.
     */
    @Test
    @Tag("national")
    void jsonMarksConvertedAndTopCodedFiguresOnTheFigure() throws Exception {
        com.fasterxml.jackson.databind.JsonNode actors = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new CliRun(home).run("salary", "27-2011.00", "--period", "annual", "--json").out())
                .at("/salaries/0/values/0");
        assertThat(actors.get("madeBy").asText()).isEqualTo("careerfit-conversion");
        assertThat(actors.at("/figures/0/madeBy").asText()).isEqualTo("careerfit-conversion");
        assertThat(actors.at("/provenance/conversion/from").asText()).isEqualTo("HOURLY");
        assertThat(actors.at("/provenance/note").asText()).startsWith("OEWS releases hourly wages only");

        com.fasterxml.jackson.databind.JsonNode chiefs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new CliRun(home).run("salary", "11-1011.00", "--json").out()).at("/salaries/0/values/0");
        assertThat(chiefs.get("madeBy").asText()).isEqualTo("publisher");
        assertThat(chiefs.get("figures")).anySatisfy(f -> {
            assertThat(f.get("statistic").asText()).isEqualTo("p90");
            assertThat(f.get("period").asText()).isEqualTo("ANNUAL");
            assertThat(f.get("amount").decimalValue()).isEqualByComparingTo("239200");
            assertThat(f.get("topCoded").asBoolean()).isTrue();
        });
    }

    /**
     * A data-only provider that codes a role of its own with nothing but O*NET-SOC 15-1243.00, as
     * docs/provider-document-format.md shows: the role gets the national figures of SOC 15-1243, is linked to O*NET's
     * 15-1243.00, and its disagreement with the BLS's pay is listed by sources like every other.
     */
    @Test
    @Tag("national")
    void aDataOnlyProviderCodedOnlyByOnetSocGetsNationalFiguresAndItsDisputesAreListed(@TempDir Path jars)
            throws Exception {
        String document = """
                {"format": "careerfit-provider/1",
                 "provider": {"id": "acme", "name": "Acme Salary Survey", "priority": 50},
                 "sources": [{"id": "acme-2026", "publisher": "Acme Research (fictional)", "title": "Acme 2026",
                              "kind": "SURVEY"}],
                 "roles": [{"id": "data-platform-architect", "title": "Data Platform Architect",
                            "codes": [{"scheme": "O*NET-SOC", "code": "15-1243.00"}],
                            "salaries": [{"value": {"currency": "USD", "period": "ANNUAL", "location": {"country": "US"},
                                                    "median": 200000},
                                          "provenance": {"source": "acme-2026"}}]}]}
                """;
        ProviderJarFixture.write(jars.resolve("acme.jar"), java.util.Map.of("com/example/acme.json", document,
                "META-INF/careerfit/provider-documents", "com/example/acme.json\n"));

        CliRun.Result role = new CliRun(home).run("role", "data-platform-architect", "--providers", jars.toString());
        CliRun.Result sources = new CliRun(home).run("sources", "--providers", jars.toString());

        // OEWS May 2024, 15-1243 Database Architects: A_MEDIAN 135,980.
        assertThat(role.out()).contains("salary in US (USD)  [disputed: 2 values differ on amount]")
                .contains("median $135,980").contains("published for SOC 15-1243")
                .contains("Linked national occupations", "15-1243.00  Database Architects");
        assertThat(sources.out()).contains("data-platform-architect: salary in US (USD): 2 values differ on amount");
    }

    @Test
    @Tag("national")
    void sourcesShowsTheRowAccountingAndTheAttributionTheLicenceRequires() {
        CliRun.Result r = new CliRun(home).run("sources");

        assertThat(r.out()).contains("attribution: This data includes information from the O*NET 30.1 Database")
                .containsPattern("Skills.txt +62,580 rows read, 62,580 loaded")
                .containsPattern("Abilities.txt +absent")
                .containsPattern("Tasks to DWAs.txt +23,850 rows, not used")
                .containsPattern("oews-national-may2024.xlsx, national_M2024_dl +1,404 rows read, 831 loaded")
                .contains("Disagreements (")
                .contains("ml-engineer: salary in US (USD): mean $112,430 a year");
    }

    @Test
    void readsAReleaseFolderTheUserPointsAtInsteadOfTheBuiltInSnapshot() {
        CliRun.Result byOption = new CliRun(home).run("roles", "--release", "onet=" + SYNTHETIC_ONET);
        CliRun.Result byEnv = new CliRun(home).env("CAREERFIT_RELEASES", "onet=" + SYNTHETIC_ONET).run("roles");

        assertThat(byOption.exitCode()).isZero();
        // The synthetic release's four occupations and the three roles of the seed guides.
        assertThat(byOption.out()).contains("7 roles from 7 providers")
                .containsPattern("99-1011\\.00 +Lighthouse Keepers +onet").doesNotContain("15-2051.00");
        assertThat(byEnv.out()).isEqualTo(byOption.out());
        assertThat(new CliRun(home).run("sources", "--release", "onet=" + SYNTHETIC_ONET).out())
                .containsPattern("read: O\\*NET 99.9 Database, Synthetic Test Release, read from "
                        + "\\S*synthetic-release");
    }

    @Test
    void aBadReleaseFileIsOneLineNamingFileLineAndColumnAndTheOtherFilesStillLoad(@TempDir Path release)
            throws Exception {
        try (var files = Files.list(SYNTHETIC_ONET)) {
            for (Path f : files.toList()) {
                Files.copy(f, release.resolve(f.getFileName().toString()));
            }
        }
        Path knowledge = release.resolve("Knowledge.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(knowledge));
        String[] fields = lines.get(4).split("\t", -1);
        fields[4] = "high";
        lines.set(4, String.join("\t", fields));
        Files.write(knowledge, lines);

        CliRun.Result r = new CliRun(home).run("roles", "--release", "onet=" + release);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("7 roles from 7 providers");
        assertThat(r.errLines()).containsExactly(
                "careerfit: onet: Knowledge.txt, line 5, column 'Data Value': 'high' is not a number");
    }

    @Test
    void aReleaseOptionThatIsNotProviderEqualsPathIsAUsageError() {
        CliRun.Result r = new CliRun(home).run("roles", "--release", "onet");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("careerfit: --release 'onet' must be PROVIDER=PATH");
    }

    @Test
    void aReleaseFolderThatIsNotThereIsAOneLineError() {
        CliRun.Result r = new CliRun(home).run("roles", "--release", "onet=/no/such/folder");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("careerfit: --release onet=/no/such/folder: no such file or folder");
    }
}
