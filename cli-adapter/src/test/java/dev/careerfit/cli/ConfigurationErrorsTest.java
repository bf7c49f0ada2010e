package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user asked for by name or path that cannot be used is an error naming it and why, never a silent
 * fallback to the built-in data and exit 0: a provider that does not exist, a release folder or workbook that is
 * missing, empty or of another layout, and {@code --release} given several times as its help says it may be.
 */
@Tag("national")
class ConfigurationErrorsTest {
    @TempDir
    Path dir;

    CliRun.Result run(String... args) {
        return new CliRun(dir.resolve("user")).env("CAREERFIT_HOME", dir.resolve("home").toString()).run(args);
    }

    @Test
    void aReleaseForAProviderThatDoesNotExistIsAnErrorSuggestingTheNearestOne() {
        CliRun.Result unknown = run("--release", "foo=" + dir, "roles");
        CliRun.Result typo = run("roles", "--release", "oneet=" + dir);

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.errLines()).singleElement().asString().isEqualTo("careerfit: --release foo=" + dir
                + ": there is no provider 'foo'; the providers are bls, bls-ep, bls-oews, career-guides, glassdoor, "
                + "ml-survey, onet");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(typo.errLines()).singleElement().asString().contains("there is no provider 'oneet'; did you mean "
                + "onet? The providers are");
    }

    @Test
    void theEnvironmentVariableIsCheckedTheSameWay() {
        CliRun.Result r = new CliRun(dir.resolve("user")).env("CAREERFIT_HOME", dir.resolve("home").toString())
                .env(CliContext.RELEASES_ENV, "foo=" + dir).run("roles");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: foo=" + dir + " in "
                + CliContext.RELEASES_ENV + ": there is no provider 'foo'");
    }

    @Test
    void anEmptyOnetFolderNamesTheProviderAndWhatItLacks() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("db_30_2_text"));

        CliRun.Result r = run("--release", "onet=" + empty, "roles");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --release onet=" + empty
                + ": provider 'onet' (").contains("Occupation Data.txt: is not in the folder", "O*NET text release");
    }

    @Test
    void aWorkbookOfAnotherLayoutSaysWhatWasExpectedInsteadOfNoSalaryFigures() throws IOException {
        Path other = dir.resolve("projections.xlsx");
        try (OutputStream out = Files.newOutputStream(other)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet sheet = wb.newWorksheet("Table 1.2");
            sheet.value(0, 0, "2024 National Employment Matrix title");
            sheet.value(0, 1, "Employment, 2024");
            wb.finish();
        }

        CliRun.Result r = run("--release", "bls-oews=" + other, "salary", "15-2051.00");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --release bls-oews=" + other
                + ": nothing could be read from it: projections.xlsx: has no sheet of OEWS national estimates")
                .contains("OCC_CODE").doesNotContain("no salary figures");
    }

    @Test
    void aFileThatIsNotAWorkbookAndAnEmptyOneAreNamed() throws IOException {
        Path text = Files.writeString(dir.resolve("national_M2025_dl.xlsx"), "hello");
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));

        for (Path workbook : new Path[] {text, empty}) {
            CliRun.Result r = run("--release", "bls-oews=" + workbook, "roles");

            assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --release bls-oews=" + workbook
                    + ": nothing could be read from it: " + workbook.getFileName() + ": is not a readable xlsx workbook");
        }
    }

    @Test
    void aProviderThatReadsNoReleaseIsNamed() {
        CliRun.Result r = run("--release", "glassdoor=" + dir, "roles");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).singleElement().asString().isEqualTo("careerfit: --release glassdoor=" + dir
                + ": provider 'glassdoor' does not read releases; the national providers (onet, bls-oews, bls-ep) do");
    }

    @Test
    void releaseCanBeRepeatedAsTheHelpSaysAndEveryOneIsChecked() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliRun.Result twoBad = run("--release", "onet=" + empty, "roles", "--release", "bls-ep=" + empty);
        CliRun.Result same = run("--release", "onet=" + empty, "--release", "onet=" + dir, "roles");

        assertThat(twoBad.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(twoBad.errLines()).singleElement().asString().startsWith("careerfit: --release onet=" + empty)
                .endsWith("(and 1 more; see careerfit sources)");
        assertThat(same.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(same.errLines()).singleElement().asString().startsWith("careerfit: --release onet is given twice");
    }

    @Test
    void sourcesStillListsEverythingThenExitsWithTheError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliRun.Result r = run("sources", "--release", "onet=" + empty);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out()).contains("Failed to load (1)", "provider 'onet'");
        assertThat(r.errLines()).singleElement().asString().startsWith("careerfit: --release onet=" + empty);
    }
}
