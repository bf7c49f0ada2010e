package dev.careerfit.provider.oews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A release the user names, read instead of the built-in snapshot, and what happens when it is broken. */
class OewsReleaseFilesTest {
    @TempDir
    Path folder;

    @Test
    void aNewerReleaseGivenInTheContextIsReadInsteadOfTheSnapshot() {
        Path file = OewsWorkbookStub.may2025().write(folder.resolve("oesm25nat").resolve("national_M2025_dl.xlsx"));
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).extracting(e -> e.code().code()).containsExactly("15-2051", "11-1011");
        assertThat(data.sources().orElseThrow()).singleElement().satisfies(s -> {
            assertThat(s.id().value()).isEqualTo("bls-oews");
            assertThat(s.release()).isEqualTo("May 2025");
            assertThat(s.attribution()).endsWith("Occupational Employment and Wage Statistics, May 2025");
        });
        assertThat(data.report().release()).isEqualTo("May 2025 OEWS Estimates, read from " + file.toAbsolutePath());
        assertThat(data.report().files()).extracting(FileReport::file).containsOnly("national_M2025_dl.xlsx");
        assertThat(data.report().problems()).isEmpty();
        SalaryBand band = salary(data, "15-2051").value();
        assertThat(band.median()).isEqualByComparingTo("115020");
        assertThat(band.otherPeriod().median()).isEqualByComparingTo("55.3");
    }

    @Test
    void aNewerReleaseTopCodesAtTheLimitsItsFieldDescriptionsState() {
        OewsWorkbookStub.may2025().write(folder.resolve("national_M2025_dl.xlsx"));
        SalaryBand band = salary(open(folder, false), "11-1011").value();
        assertThat(band.percentiles().get(90)).isEqualByComparingTo("249600");
        assertThat(band.otherPeriod().percentiles().get(90)).isEqualByComparingTo("120");
        assertThat(band.topCoded()).containsExactlyInAnyOrder("p75", "p90");
    }

    @Test
    void aMissingColumnFailsTheSheetNamingTheColumnWhileTheOtherSheetsStillLoad() {
        OewsWorkbookStub.may2025().without("A_MEDIAN").write(folder.resolve("national_M2025_dl.xlsx"));
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).isEmpty();
        assertThat(data.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("national_M2025_dl.xlsx, sheet 'national_M2025_dl', row 1");
            assertThat(p.message()).startsWith("column A_MEDIAN is missing from the header");
        });
        FileReport estimates = part(data, "national_M2025_dl");
        assertThat(estimates.status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(estimates.rowsRead()).isEqualTo(5);
        assertThat(estimates.rowsLoaded()).isZero();
        assertThat(part(data, "Field Descriptions").status()).isEqualTo(FileReport.Status.LOADED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"about 60", "-5", "**"})
    void aWageThatIsNotANumberOrAWageMarkerSkipsTheRowNamingTheCell(String value) {
        OewsWorkbookStub.may2025().set("15-2051", "A_MEAN", value).write(folder.resolve("national_M2025_dl.xlsx"));
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).extracting(e -> e.code().code()).containsExactly("11-1011");
        assertThat(data.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("national_M2025_dl.xlsx, sheet 'national_M2025_dl', cell S4 (A_MEAN)");
            assertThat(p.message()).contains("'" + value + "'");
        });
        assertThat(part(data, "national_M2025_dl").skipped()).containsEntry("invalid (see the problems)", 1L);
    }

    @Test
    void anUnknownOccupationGroupSkipsTheRowNamingTheCell() {
        OewsWorkbookStub.may2025().set("15-2051", "O_GROUP", "specialised").write(folder.resolve("national_M2025_dl.xlsx"));
        assertThat(open(folder, false).report().problems()).extracting(Problem::toString).containsExactly(
                "national_M2025_dl.xlsx, sheet 'national_M2025_dl', cell K4 (O_GROUP): 'specialised'; O_GROUP must be "
                        + "total, major, minor, broad or detailed");
    }

    @Test
    void anEmploymentEstimateMarkedNotAvailableIsADataGapNotANumber() {
        OewsWorkbookStub.may2025().set("15-2051", "TOT_EMP", "**").write(folder.resolve("national_M2025_dl.xlsx"));
        RoleProfile p = profile(open(folder, false), "15-2051");
        assertThat(p.facts(FactKinds.OUTLOOK)).isEmpty();
        assertThat(p.facts(FactKinds.DATA_GAP)).extracting(Sourced::value).containsExactly(new DataGap(FactKinds.OUTLOOK,
                "OEWS May 2025 publishes no employment estimate for this occupation ('**' in TOT_EMP)"));
    }

    @Test
    void aWageMarkedNotAvailableIsListedAsUnavailableAndSaid() {
        OewsWorkbookStub.may2025().set("15-2051", "A_PCT90", "*").write(folder.resolve("national_M2025_dl.xlsx"));
        Sourced<SalaryBand> salary = salary(open(folder, false), "15-2051");
        assertThat(salary.value().unavailable()).containsExactly("p90");
        assertThat(salary.value().percentiles()).doesNotContainKey(90);
        assertThat(salary.provenance().note()).contains("The annual 90th percentile is not available ('*' in the release).");
    }

    @Test
    void aTopCodedWageWithoutAStatedLimitIsShownAsNotAvailableAndTheProblemSaid() {
        OewsWorkbookStub.may2025().withoutTopCodingNote().write(folder.resolve("national_M2025_dl.xlsx"));
        RoleDataSet data = open(folder, false);
        Sourced<SalaryBand> salary = salary(data, "11-1011");
        assertThat(salary.value().unavailable()).containsExactlyInAnyOrder("p75", "p90");
        assertThat(salary.value().topCoded()).isEmpty();
        assertThat(salary.provenance().note()).contains("top-coded ('#') but the release states no limit");
        assertThat(data.report().problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("no note states the top-coding limits of '#'"));
    }

    @Test
    void withoutFieldDescriptionsTheReleaseIsToldBySheetName() {
        OewsWorkbookStub.may2025().withoutFieldDescriptions().write(folder.resolve("national_M2025_dl.xlsx"));
        RoleDataSet data = open(folder, false);
        assertThat(data.sources().orElseThrow().get(0).release()).isEqualTo("May 2025");
        assertThat(data.entries()).hasSize(2);
    }

    @Test
    void aTruncatedWorkbookFailsAsAWholeNamingTheFile() throws IOException {
        Path whole = OewsWorkbookStub.may2025().write(folder.resolve("whole").resolve("national_M2025_dl.xlsx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = folder.resolve("national_M2025_dl.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        RoleDataSet data = open(truncated, false);
        assertThat(data.entries()).isEmpty();
        assertThat(data.report().files()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("national_M2025_dl.xlsx");
            assertThat(f.status()).isEqualTo(FileReport.Status.FAILED);
        });
        assertThat(data.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("national_M2025_dl.xlsx");
            assertThat(p.message()).startsWith("is not a readable xlsx workbook");
        });
    }

    @Test
    void aFileThatIsNotAWorkbookFailsNamingTheFile() throws IOException {
        Path text = Files.writeString(folder.resolve("national_M2025_dl.xlsx"), "OCC_CODE,OCC_TITLE\n15-2051,Data Scientists\n");
        assertThat(open(text, false).report().problems()).extracting(Problem::where)
                .containsExactly("national_M2025_dl.xlsx");
    }

    @Test
    void aFolderWithoutAnOewsWorkbookIsAProblemNamingTheFolder() {
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).isEmpty();
        assertThat(data.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(folder.toAbsolutePath().toString());
            assertThat(p.message()).startsWith("holds no OEWS national workbook");
        });
        assertThat(data.report().files()).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FileReport.Status.ABSENT));
    }

    @Test
    void strictModeThrowsAtTheFirstProblemNamingTheCell() {
        OewsWorkbookStub.may2025().set("11-1011", "H_MEAN", "n/a").write(folder.resolve("national_M2025_dl.xlsx"));
        assertThatThrownBy(() -> open(folder, true)).isInstanceOf(InvalidDataException.class)
                .hasMessage("provider 'bls-oews': national_M2025_dl.xlsx, sheet 'national_M2025_dl', cell R5 (H_MEAN): "
                        + "'n/a' is neither a number nor '#' or '*'");
    }

    private static RoleDataSet open(Path release, boolean strict) {
        return new OewsProvider().open(new ProviderContext("bls-oews", Map.of(ProviderContext.RELEASE,
                release.toString()), OewsReleaseFilesTest.class.getClassLoader(), strict));
    }

    private static FileReport part(RoleDataSet data, String sheet) {
        return data.report().files().stream().filter(f -> sheet.equals(f.part())).findFirst().orElseThrow();
    }

    private static RoleProfile profile(RoleDataSet data, String code) {
        RoleEntry e = data.entries().stream().filter(x -> x.code().code().equals(code)).findFirst().orElseThrow();
        return data.profile(e);
    }

    private static Sourced<SalaryBand> salary(RoleDataSet data, String code) {
        return profile(data, code).facts(FactKinds.SALARY).get(0);
    }
}
