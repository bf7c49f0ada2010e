package dev.careerfit.provider.ep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.provenance.Source;
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
class EpReleaseFilesTest {
    @TempDir
    Path folder;

    @Test
    void aNewerReleaseFolderGivenInTheContextIsReadInsteadOfTheSnapshot() {
        EpWorkbookStub stub = EpWorkbookStub.release2025To35();
        Path occupation = stub.writeOccupation(folder);
        Path education = stub.writeEducation(folder);
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).extracting(e -> e.code().code()).containsExactly("15-2051", "43-9022");
        assertThat(data.sources().orElseThrow()).extracting(Source::release).containsExactly("2025-35", "2025-35");
        assertThat(data.sources().orElseThrow().get(1).title()).contains("2023-24");
        assertThat(data.report().release()).isEqualTo("Employment Projections 2025-35, read from "
                + occupation.toAbsolutePath() + ", " + education.toAbsolutePath());
        assertThat(data.report().problems()).isEmpty();
        assertThat(data.report().files()).filteredOn(f -> f.status() == FileReport.Status.ABSENT)
                .extracting(FileReport::file).containsExactly("skills.xlsx");
        RoleProfile scientists = profile(data, "15-2051");
        Sourced<OutlookFigure> jobs = outlook(scientists, OutlookMeasure.PROJECTED_JOBS_IN_YEAR);
        assertThat(jobs.value().value()).isEqualTo(340_200);
        assertThat(jobs.value().year()).isEqualTo(2035);
        assertThat(jobs.provenance().origin().scale()).isEqualTo("Employment, 2035");
        assertThat(scientists.facts(FactKinds.EDUCATION).get(0).value().levels()).containsExactly(EducationLevel.MASTERS);
        assertThat(scientists.facts(FactKinds.ATTAINMENT).get(0).provenance().referencePeriod())
                .hasToString("2023-2024");
    }

    @Test
    void aSingleWorkbookGivenInTheContextIsReadAloneAndTheOthersReportedAbsent() {
        Path occupation = EpWorkbookStub.release2025To35().writeOccupation(folder);
        RoleDataSet data = open(occupation, false);
        assertThat(data.entries()).hasSize(2);
        assertThat(profile(data, "15-2051").facts(FactKinds.ATTAINMENT)).isEmpty();
        assertThat(data.report().files()).filteredOn(f -> f.status() == FileReport.Status.ABSENT)
                .extracting(FileReport::file).containsExactly("education.xlsx", "skills.xlsx");
        assertThat(data.report().problems()).isEmpty();
    }

    @Test
    void aMissingColumnFailsTable12NamingTheColumnWhileTable53StillLoads() {
        EpWorkbookStub stub = EpWorkbookStub.release2025To35().withoutProjectionColumn("Occupational openings");
        stub.writeOccupation(folder);
        stub.writeEducation(folder);
        RoleDataSet data = open(folder, false);
        assertThat(data.report().problems()).extracting(Problem::toString).containsExactly("occupation.xlsx, sheet "
                + "'Table 1.2', header: column 'Occupational openings' is missing from the header (its first 6 rows "
                + "searched)");
        assertThat(part(data, "Table 1.2").status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(part(data, "Table 1.2").rowsRead()).isEqualTo(10);
        assertThat(part(data, "Table 5.3").rowsLoaded()).isEqualTo(2);
        assertThat(data.entries()).extracting(RoleEntry::kinds)
                .allSatisfy(k -> assertThat(k).containsExactly(FactKinds.ATTAINMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"about 260", "n/a", "-"})
    void aValueThatIsNotANumberOrADashSkipsTheRowNamingTheCell(String value) {
        EpWorkbookStub.release2025To35().setProjection("15-2051", "Employment, 2025", value).writeOccupation(folder);
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).extracting(e -> e.code().code()).containsExactly("43-9022");
        assertThat(data.report().problems()).extracting(Problem::toString).containsExactly("occupation.xlsx, sheet "
                + "'Table 1.2', cell D5 (Employment, 2025): '" + value + "' is neither a number nor '\u2014'");
    }

    @Test
    void anUnknownEducationCategoryIsAProblemNamingTheCell() {
        EpWorkbookStub.release2025To35().setProjection("15-2051", "Typical education", "Bootcamp certificate")
                .writeOccupation(folder);
        assertThat(open(folder, false).report().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("occupation.xlsx, sheet 'Table 1.2', cell M5 (Typical education needed "
                    + "for entry)");
            assertThat(p.message()).startsWith("'Bootcamp certificate' is not a BLS typical education category");
        });
    }

    @Test
    void anUnknownOccupationTypeIsAProblemNamingTheCell() {
        EpWorkbookStub.release2025To35().setProjection("15-2051", "Occupation type", "Detail").writeOccupation(folder);
        assertThat(open(folder, false).report().problems()).extracting(Problem::toString).containsExactly(
                "occupation.xlsx, sheet 'Table 1.2', cell C5 (Occupation type): 'Detail'; Occupation type must be "
                        + "Summary or Line item");
    }

    @Test
    void aDashIsADataGapNotAFigure() {
        EpWorkbookStub.release2025To35().setProjection("15-2051", "Occupational openings", EpWorkbookStub.DASH)
                .writeOccupation(folder);
        RoleProfile p = profile(open(folder, false), "15-2051");
        assertThat(p.facts(FactKinds.OUTLOOK)).extracting(o -> o.value().measure())
                .doesNotContain(OutlookMeasure.OPENINGS_PER_YEAR);
        assertThat(p.facts(FactKinds.DATA_GAP)).extracting(Sourced::value).containsExactly(new DataGap(FactKinds.OUTLOOK,
                "Employment Projections 2025-35 publishes no occupational openings for this occupation ('\u2014' in "
                        + "Table 1.2)"));
    }

    @Test
    void aTitleThatDoesNotGiveTheUnitFailsTable12() {
        EpWorkbookStub.release2025To35().projectionTitle("Table 1.2 Occupational projections, 2025\u201335")
                .writeOccupation(folder);
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).isEmpty();
        assertThat(data.report().problems()).extracting(Problem::where)
                .contains("occupation.xlsx, sheet 'Table 1.2', row 1");
    }

    @Test
    void aTruncatedWorkbookFailsAsAWholeWhileTheOtherWorkbookStillLoads() throws IOException {
        EpWorkbookStub stub = EpWorkbookStub.release2025To35();
        Path occupation = stub.writeOccupation(folder);
        stub.writeEducation(folder);
        byte[] bytes = Files.readAllBytes(occupation);
        Files.write(occupation, Arrays.copyOf(bytes, bytes.length / 2));
        RoleDataSet data = open(folder, false);
        assertThat(data.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("occupation.xlsx");
            assertThat(p.message()).startsWith("is not a readable xlsx workbook");
        });
        assertThat(data.entries()).hasSize(2);
        assertThat(part(data, "Table 5.3").status()).isEqualTo(FileReport.Status.LOADED);
    }

    @Test
    void aFileThatIsNotAnEpWorkbookFailsNamingTheFile() throws IOException {
        Path text = Files.writeString(folder.resolve("occupation.xlsx"), "code,title\n15-2051,Data scientists\n");
        assertThat(open(text, false).report().problems()).extracting(Problem::where).containsExactly("occupation.xlsx");
    }

    @Test
    void aFolderWithoutEpWorkbooksIsAProblemNamingTheFolder() {
        RoleDataSet data = open(folder, false);
        assertThat(data.entries()).isEmpty();
        assertThat(data.report().problems()).extracting(Problem::where)
                .containsExactly(folder.toAbsolutePath().toString());
    }

    @Test
    void strictModeThrowsAtTheFirstProblemNamingTheCell() {
        EpWorkbookStub.release2025To35().setProjection("43-9022", "Percent self employed", "many").writeOccupation(folder);
        assertThatThrownBy(() -> open(folder, true)).isInstanceOf(InvalidDataException.class)
                .hasMessage("provider 'bls-ep': occupation.xlsx, sheet 'Table 1.2', cell J6 (Percent self employed, "
                        + "2025): 'many' is neither a number nor '\u2014'");
    }

    private static RoleDataSet open(Path release, boolean strict) {
        return new EpProvider().open(new ProviderContext("bls-ep", Map.of(ProviderContext.RELEASE, release.toString()),
                EpReleaseFilesTest.class.getClassLoader(), strict));
    }

    private static FileReport part(RoleDataSet data, String sheet) {
        return data.report().files().stream().filter(f -> sheet.equals(f.part())).findFirst().orElseThrow();
    }

    private static RoleProfile profile(RoleDataSet data, String code) {
        RoleEntry e = data.entries().stream().filter(x -> x.code().code().equals(code)).findFirst().orElseThrow();
        return data.profile(e);
    }

    private static Sourced<OutlookFigure> outlook(RoleProfile p, OutlookMeasure measure) {
        return p.facts(FactKinds.OUTLOOK).stream().filter(o -> o.value().measure() == measure).findFirst().orElseThrow();
    }
}
