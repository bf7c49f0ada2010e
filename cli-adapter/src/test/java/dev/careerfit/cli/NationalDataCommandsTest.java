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

        assertThat(r.out().lines().filter(l -> l.matches("^[0-9]{2}-.*"))).hasSize(5);
        assertThat(r.out()).contains("1,019 occupations and roles in all; 5 shown (--limit).");
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
        assertThat(r.out()).isEqualTo("Roles matching 'zzz-no-such-title'" + System.lineSeparator()
                + "0 roles match 'zzz-no-such-title' of 1,019. Try fewer or other words." + System.lineSeparator());
    }

    @Test
    @Tag("national")
    void roleShowsTheOewsMedianWithItsProvenanceAndWhatOnetDoesNotPublish() {
        CliRun.Result brief = new CliRun(home).run("role", "15-2051.00");
        CliRun.Result r = new CliRun(home).run("role", "15-2051.00", "--details");

        assertThat(r.exitCode()).isZero();
        // OEWS May 2024, 15-2051: annual median 112,590; EP 2024-34: 245.9 thousand jobs in 2024.
        assertThat(brief.out().replaceAll("\\s+", " ")).startsWith("Data Scientists O*NET-SOC 15-2051.00; also called")
                .contains("Pay median pay $112,590 a year in the U.S., May 2024 [1]; the middle half earn $82,630 to "
                        + "$155,810");
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out).contains("salary in US (USD): median $112,590, mean $124,590")
                .contains("[1] U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), "
                        + "national estimates, May 2024", "published for SOC 15-2051")
                .contains("245,900 jobs in 2024 [2] 2024; Table 1.2, employment, 2024; published for SOC 15-2051")
                .contains("O*NET 30.1 publishes no skills ratings for this occupation")
                .contains("O*NET-SOC 15-2051.00, SOC 15-2051, SOC 15-2050");
        // Words, not codes: no release column names, file names or provider ids in what a person reads.
        assertThat(brief.out() + r.out()).doesNotContain("A_MEAN", "MEAN_PRSE", "national_M2024_dl", "Skills.txt",
                "bls-oews", "[onet]");
    }

    @Test
    @Tag("national")
    void roleShowsTheLinkedOccupationsBesideTheGuidesAndWhereTheyDiffer() {
        CliRun.Result brief = new CliRun(home).run("role", "ml-engineer");
        String out = new CliRun(home).run("role", "ml-engineer", "--details").out().replaceAll("\\s+", " ");

        assertThat(brief.out().replaceAll("\\s+", " ")).contains("Occupations it is linked to Computer and Information "
                + "Research Scientists 15-1221.00, Computer Systems Engineers/Architects 15-1299.08, Data Scientists "
                + "15-2051.00")
                .contains("Salary in US (USD), this role: mean $112,430 a year [1] (differs on amount)",
                        "Computer and Information Research Scientists: median $140,910 a year [");
        assertThat(out).contains("Occupations it is linked to")
                .contains("why: O*NET 30.1 (December 2025) lists 'Machine Learning Engineer' as another title of "
                        + "15-1221.00 Computer and Information Research Scientists")
                .contains("Where its figures differ from the linked occupations'")
                .contains("Salary in US (USD), this role: mean $112,430 a year")
                .contains("Computer and Information Research Scientists: median $140,910, mean $152,310")
                .contains("Education needed to enter, this role:", "(differs on minimum level)");
    }

    @Test
    @Tag("national")
    void salaryShowsThePublishedPercentilesAndTheHourlyFiguresAsPublished() {
        CliRun.Result annual = new CliRun(home).run("salary", "15-2051.00");
        CliRun.Result hourly = new CliRun(home).run("salary", "15-2051.00", "--period", "hourly");

        assertThat(annual.out()).containsPattern("10th percentile +\\$63,650").containsPattern("90th percentile +\\$194,410");
        assertThat(hourly.out()).containsPattern("median +\\$54.13").contains("$54.13 median");
    }

    @Test
    @Tag("national")
    void salaryMarksTopCodedWagesAsAtLeastTheLimit() {
        CliRun.Result r = new CliRun(home).run("salary", "11-1011.00");

        // OEWS May 2024, 11-1011 Chief Executives: A_PCT75 and A_PCT90 are '#', at least $239,200 a year.
        assertThat(r.out()).containsPattern("75th percentile +\\$239,200 or more")
                .containsPattern("90th percentile +\\$239,200 or more");
    }

    /**
     * OEWS May 2024 and EP 2024-34 publish SOC 21-1018, which combines O*NET 30.1's 21-1011 and 21-1014: median
     * $59,190, +16.8% employment 2024-34, 48.3 thousand openings a year.
     */
    @Test
    @Tag("national")
    void roleShowsTheBlsFiguresOfTheCodeThatCombinesTheOccupationsCode() {
        CliRun.Result r = new CliRun(home).run("role", "21-1014.00", "--details");

        assertThat(r.out().replaceAll("\\s+", " ")).contains("salary in US (USD): median $59,190")
                .contains("published for SOC 21-1018 (Substance Abuse, Behavioral Disorder, and Mental Health "
                        + "Counselors), which combines SOC 21-1011 and SOC 21-1014")
                .contains("+16.8% employment growth 2024-2034", "48,300 openings a year on average, 2024-2034")
                .doesNotContain("publishes no figures");
    }

    /** OEWS publishes 15-1299's figures; 15-1299.08 shows them as the figures of 15-1299, under that code's title. */
    @Test
    @Tag("national")
    void aLinkedOccupationsFiguresSayWhichCodeAndOccupationPublishedThem() {
        CliRun.Result r = new CliRun(home).run("role", "ml-engineer", "--details");

        assertThat(r.out().replaceAll("\\s+", " ")).contains("Computer Systems Engineers/Architects (figures of SOC "
                + "15-1299, Computer Occupations, All Other): median $108,970");
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

        CliRun.Result role = new CliRun(home).run("role", "data-platform-architect", "--details", "--providers",
                jars.toString());
        CliRun.Result sources = new CliRun(home).run("sources", "--details", "--providers", jars.toString());

        // OEWS May 2024, 15-1243 Database Architects: A_MEDIAN 135,980.
        assertThat(role.out().replaceAll("\\s+", " ")).contains("salary in US (USD)", "2 sources differ on amount")
                .contains("median $135,980").contains("published for SOC 15-1243")
                .contains("Occupations it is linked to", "Database Architects 15-1243.00");
        assertThat(sources.out().replaceAll("\\s+", " ")).containsPattern(": salary in US \\(USD\\): 2 sources "
                + "differ on amount");
    }

    @Test
    @Tag("national")
    void sourcesShowsTheRowAccountingAndTheAttributionTheLicenceRequires() {
        CliRun.Result r = new CliRun(home).run("sources", "--details");
        String out = r.out().replaceAll("\\s+", " ");

        assertThat(out).contains("This data includes information from the O*NET 30.1 Database")
                .contains("Skills: 62,580 rows read, 62,580 loaded")
                .contains("Abilities: absent")
                .contains("Tasks to DWAs: 23,850 rows, not used")
                .contains("a table of the release: 1,404 rows read, 831 loaded")
                .contains("Where sources disagree (")
                .contains("Machine Learning Engineer: salary in US (USD): 2 of 3 sources differ on amount");
        // The release files themselves are named in --json alone.
        assertThat(r.out()).doesNotContain("Skills.txt", "oews-national-may2024.xlsx", "national_M2024_dl");
    }

    @Test
    void readsAReleaseFolderTheUserPointsAtInsteadOfTheBuiltInSnapshot() {
        CliRun.Result byOption = new CliRun(home).run("roles", "--release", "onet=" + SYNTHETIC_ONET);
        CliRun.Result byEnv = new CliRun(home).env("CAREERFIT_RELEASES", "onet=" + SYNTHETIC_ONET).run("roles");

        assertThat(byOption.exitCode()).isZero();
        // The synthetic release's four occupations and the three roles of the seed guides.
        assertThat(byOption.out()).contains("7 occupations and roles in all")
                .containsPattern("99-1011\\.00 +Lighthouse Keepers").doesNotContain("15-2051.00");
        assertThat(byEnv.out()).isEqualTo(byOption.out());
        assertThat(new CliRun(home).run("sources", "--release", "onet=" + SYNTHETIC_ONET).out())
                .containsPattern("Read: O\\*NET 99.9 Database, Synthetic Test Release");
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
        assertThat(r.out()).contains("7 occupations and roles in all");
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
