package dev.careerfit.provider.onet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import dev.careerfit.spi.RoleDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad file in a release folder gives one problem naming the file, line and column; the rest of the
 * folder still loads; a strict import stops at that problem. Each case breaks a copy of the
 * synthetic release (four made-up occupations in the official layout) in one way.
 */
class OnetImporterErrorsTest {
    private static final String INVALID = "invalid (see the problems)";

    /** One way of breaking one file, and the problem it must give. */
    record Breakage(String name, String file, Consumer<Path> breakIt, String where, String message, boolean rowLevel) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("a renamed column", "Skills.txt", f -> setField(f, 1, "Data Value", "Value"),
                        "Skills.txt, line 1", "has no column 'Data Value'", false),
                new Breakage("a file cut short", "Knowledge.txt", OnetImporterErrorsTest::cutLastLine,
                        "Knowledge.txt, line 9, column 'Recommend Suppress'", "the file looks cut short", true),
                new Breakage("a word where a number belongs", "Skills.txt", f -> setField(f, 2, "Data Value", "four"),
                        "Skills.txt, line 2, column 'Data Value'", "'four' is not a number", true),
                new Breakage("an unknown scale", "Skills.txt", f -> setField(f, 3, "Scale ID", "XX"),
                        "Skills.txt, line 3, column 'Scale ID'", "'XX' is not a scale of Scales Reference.txt", true),
                new Breakage("an unknown element", "Knowledge.txt", f -> setField(f, 2, "Element ID", "2.C.99.z"),
                        "Knowledge.txt, line 2, column 'Element ID'",
                        "'2.C.99.z' is not an element of Content Model Reference.txt", true),
                new Breakage("a value off its scale", "Skills.txt", f -> setField(f, 3, "Data Value", "9.50"),
                        "Skills.txt, line 3, column 'Data Value'", "9.50 is outside scale LV (Level, 0 to 7)", true),
                new Breakage("a date that is not a month", "Task Statements.txt",
                        f -> setField(f, 2, "Date", "2019-08"),
                        "Task Statements.txt, line 2, column 'Date'", "'2019-08' is not a month and year", true),
                new Breakage("a file saved as UTF-16", "Interests.txt", f -> saveAsUtf16(f, true),
                        "Interests.txt, line 1, column 1", "was saved as UTF-16 text", false),
                new Breakage("a file saved as UTF-16 without a byte order mark", "Work Values.txt",
                        f -> saveAsUtf16(f, false), "Work Values.txt, line 1, column 2",
                        "was saved as UTF-16 text", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aBadFileGivesOneProblemNamingFileLineAndColumnAndTheOthersStillLoad(Breakage b, @TempDir Path dir) {
        Path folder = copyOf(ReleaseFiles.synthetic(), dir);
        long rows = ReleaseFiles.dataRows(folder.resolve(b.file()));
        b.breakIt().accept(folder.resolve(b.file()));

        ImportReport report = new OnetProvider().open(OnetProviderTest.context(folder, false)).report();

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(b.where());
            assertThat(p.message()).contains(b.message());
        });
        FileReport broken = file(report, b.file());
        if (b.rowLevel()) {
            assertThat(broken.status()).isEqualTo(FileReport.Status.LOADED);
            assertThat(broken.skipped()).containsEntry(INVALID, 1L);
            assertThat(broken.rowsLoaded()).isEqualTo(rows - 1);
        } else {
            assertThat(broken.status()).isEqualTo(FileReport.Status.FAILED);
            assertThat(broken.rowsLoaded()).isZero();
        }
        String other = b.file().equals("Task Statements.txt") ? "Job Zones.txt" : "Task Statements.txt";
        assertThat(file(report, other).rowsLoaded()).isEqualTo(ReleaseFiles.dataRows(folder.resolve(other)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aStrictImportStopsAtTheProblemAndNamesTheFile(Breakage b, @TempDir Path dir) {
        Path folder = copyOf(ReleaseFiles.synthetic(), dir);
        b.breakIt().accept(folder.resolve(b.file()));

        assertThatThrownBy(() -> new OnetProvider().open(OnetProviderTest.context(folder, true)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining(b.where() + ": ")
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).extracting(Problem::where)
                        .containsExactly(b.where()));
    }

    @Test
    void theConverterImportsStrictly(@TempDir Path dir) {
        Path folder = copyOf(ReleaseFiles.synthetic(), dir);
        setField(folder.resolve("Skills.txt"), 2, "Data Value", "four");

        assertThatThrownBy(() -> OnetSnapshotConverter.snapshot(folder)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("Skills.txt, line 2, column 'Data Value': 'four' is not a number");
    }

    @Test
    void rowsOfCodesNotInOccupationDataAreSkippedWithThatReason(@TempDir Path dir) throws IOException {
        Path folder = copyOf(ReleaseFiles.synthetic(), dir);
        Files.writeString(folder.resolve("Job Zones.txt"), "99-9999.00\t3\t08/2023\tAnalyst\r\n",
                StandardOpenOption.APPEND);

        ImportReport report = new OnetProvider().open(OnetProviderTest.context(folder, true)).report();

        assertThat(file(report, "Job Zones.txt").skipped())
                .containsExactly(Map.entry("O*NET-SOC code not in Occupation Data.txt", 1L));
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void withoutScalesReferenceTheRatingsCannotBeCheckedButTheRolesStillLoad(@TempDir Path dir) throws IOException {
        Path folder = copyOf(ReleaseFiles.synthetic(), dir);
        Files.delete(folder.resolve("Scales Reference.txt"));

        RoleDataSet data = new OnetProvider().open(OnetProviderTest.context(folder, false));

        assertThat(data.entries()).hasSize(4);
        assertThat(file(data.report(), "Scales Reference.txt").status()).isEqualTo(FileReport.Status.ABSENT);
        assertThat(file(data.report(), "Skills.txt").status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(data.report().problems()).extracting(Problem::toString).contains("Skills.txt: not read: its rows "
                + "are checked against Scales Reference.txt, which is absent or could not be read");
        assertThat(data.profile(OnetProviderTest.entry(data, "99-1012.00")).facts(FactKinds.DATA_GAP))
                .as("no gap is claimed for a file that was not read")
                .noneSatisfy(g -> assertThat(g.value().kind()).isIn("skill-rating", "interests", "work-values"));
        assertThat(data.profile(OnetProviderTest.entry(data, "99-1012.00")).facts(FactKinds.TASK)).isNotEmpty();
    }

    @Test
    void aRowThatCannotBeReadIsNotStatedAsAGapInOnet(@TempDir Path dir) {
        Path folder = copyOf(ReleaseFiles.synthetic(), dir);
        // 99-1012.00's only job zone row (line 3) becomes unreadable.
        setField(folder.resolve("Job Zones.txt"), 3, "Job Zone", "six");

        RoleDataSet data = new OnetProvider().open(OnetProviderTest.context(folder, false));

        assertThat(data.report().problems()).singleElement().extracting(Problem::where)
                .isEqualTo("Job Zones.txt, line 3, column 'Job Zone'");
        assertThat(data.profile(OnetProviderTest.entry(data, "99-1012.00")).facts(FactKinds.DATA_GAP))
                .noneSatisfy(g -> assertThat(g.value().kind()).isEqualTo("job-zone"));
        assertThat(data.profile(OnetProviderTest.entry(data, "99-1012.00")).facts(FactKinds.JOB_ZONE)).isEmpty();
    }

    @Test
    void aDistributionAddingUpToMoreThanAHundredPercentIsReportedAndLeftOut(@TempDir Path dir) {
        Path folder = copyOf(ReleaseFiles.synthetic(), dir);
        Path file = folder.resolve(OnetFiles.EDUCATION);
        int line = ReleaseFiles.lines(file).indexOf("99-1011.00\t2.D.1\tRequired Level of Education\tRL\t1\t0.00\t20"
                + "\t1.5000\t0.0000\t3.0000\tN\t08/2023\tIncumbent") + 1;
        setField(file, line, "Data Value", "90.00");

        RoleDataSet data = new OnetProvider().open(OnetProviderTest.context(folder, false));

        assertThat(data.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(OnetFiles.EDUCATION + ", line " + line + ", column 'Data Value'");
            assertThat(p.message()).contains("scale RL for 99-1011.00").contains("add up to 190.0, more than 100");
        });
        var keepers = data.profile(OnetProviderTest.entry(data, "99-1011.00"));
        assertThat(keepers.facts(FactKinds.EDUCATION_DISTRIBUTION)).isEmpty();
        assertThat(keepers.facts(FactKinds.PREPARATION)).hasSize(3);
        assertThat(keepers.facts(FactKinds.DATA_GAP)).isEmpty();
    }

    // ---- Breaking a copy of a release ----

    /** A copy of every file of {@code source} in {@code dir}, writable. */
    static Path copyOf(Path source, Path dir) {
        try (Stream<Path> files = Files.list(source)) {
            Path folder = Files.createDirectories(dir.resolve("release"));
            for (Path f : files.toList()) {
                Files.write(folder.resolve(f.getFileName().toString()), Files.readAllBytes(f));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets one field of one line (the header being line 1), keeping the CRLF layout. */
    static void setField(Path file, int line, String column, String value) {
        List<String> lines = new ArrayList<>(ReleaseFiles.lines(file));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        String[] fields = lines.get(line - 1).split("\t", -1);
        fields[header.indexOf(column)] = value;
        lines.set(line - 1, String.join("\t", fields));
        write(file, String.join("\r\n", lines) + "\r\n");
    }

    /** Cuts the last line in the middle of a field, as an interrupted download leaves it. */
    static void cutLastLine(Path file) {
        List<String> lines = new ArrayList<>(ReleaseFiles.lines(file));
        String last = lines.get(lines.size() - 1);
        int cut = 0;
        for (int tabs = 0; tabs < 8; cut++) {
            tabs += last.charAt(cut) == '\t' ? 1 : 0;
        }
        lines.set(lines.size() - 1, last.substring(0, cut + 2));
        write(file, String.join("\r\n", lines));
    }

    /** Saves the file as UTF-16, little-endian: with a byte order mark it is Windows' "Unicode". */
    static void saveAsUtf16(Path file, boolean byteOrderMark) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.write(file, ((byteOrderMark ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_16LE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileReport file(ImportReport report, String name) {
        return report.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
    }
}
