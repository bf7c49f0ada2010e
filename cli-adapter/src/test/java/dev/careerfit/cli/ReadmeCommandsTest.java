package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ProviderInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * What README.md's commands print for a person, in the short view and with --details, as a file or a pipe gets it:
 * lines of at most 80 columns, and words, not codes. No release column names ({@code A_MEAN}, {@code MEAN_PRSE}), no
 * file names ({@code Skills.txt}, {@code 002_4a7e750c023270db.txt}), no hashes and no provider ids in brackets or as
 * words ({@code [onet]}, {@code bls-oews}): they stay in --json. Web addresses are links and are left out of the scan.
 */
@Tag("national")
class ReadmeCommandsTest {
    static final Pattern COLUMN = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    static final Pattern FILE = Pattern.compile("[\\w.-]+\\.(txt|csv|xlsx|xls|zip)\\b");
    static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{12,}\\b");
    static final Pattern LINK = Pattern.compile("https?://\\S+");

    @TempDir
    static Path home;
    static List<String> providers;

    @BeforeAll
    static void providers() {
        providers = CareerCatalog.builder().build().providers().stream().map(ProviderInfo::id).toList();
    }

    static Stream<List<String>> commands() {
        String answers = DocsAreCurrentTest.ROOT.resolve("docs/example-answers-ml-engineer.json").toString();
        return Stream.of(
                List.of("score", "--answers", answers),
                List.of("score", "--answers", answers, "--details"),
                List.of("score", "--interest-profiler", DocsAreCurrentTest.DIGITS, "--role", "15-2051.00"),
                List.of("score", "--interest-profiler", DocsAreCurrentTest.DIGITS, "--all"),
                List.of("questions"),
                List.of("roles", "--search", "machine learning"),
                List.of("role", "15-2051.00"),
                List.of("role", "15-2051.00", "--details"),
                List.of("role", "ml-engineer"),
                List.of("role", "ml-engineer", "--details"),
                List.of("salary", "15-2051.00", "--period", "hourly"),
                List.of("salary", "ml-engineer", "--location", "London, UK"),
                List.of("sources"),
                List.of("sources", "--details"));
    }

    @ParameterizedTest(name = "careerfit {0}")
    @MethodSource("commands")
    void printsWordsNotCodesInLinesOf80Columns(List<String> command) {
        CliRun.Result r = new CliRun(home).env("CAREERFIT_HOME", home.toString()).run(command.toArray(String[]::new));
        String out = r.out();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.lines()).as("lines longer than 80 columns").allSatisfy(l ->
                assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(80));
        String words = LINK.matcher(out).replaceAll("");
        assertThat(words).doesNotContainPattern(COLUMN).doesNotContainPattern(FILE).doesNotContainPattern(HASH);
        for (String id : providers) {
            assertThat(words).as("provider id " + id).doesNotContain("[" + id + "]")
                    .doesNotContainPattern("(?<![\\w./-])" + Pattern.quote(id) + "(?![\\w/-])");
        }
    }
}
