package dev.careerfit.provider.ep;

import static dev.careerfit.provider.tck.WorkbookCells.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.education.CategoryDistribution;
import dev.careerfit.education.CategoryShare;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.EntryRequirement;
import dev.careerfit.education.Expectation;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.WorkforceShare;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.provider.tck.SharedReleases;
import dev.careerfit.provider.tck.WorkbookCells;
import dev.careerfit.release.SnapshotReader;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * EP 2024-34: the built-in snapshot against the BLS workbooks in the shared folder, every figure checked
 * read straight from the workbooks' cells.
 */
@Tag("national")
class Ep2024To34Test {
    private static final String OCCUPATION_FILE = "ep-2024-34-occupation.xlsx";
    private static final String EDUCATION_FILE = "ep-2024-34-education.xlsx";
    private static final String SKILLS_FILE = "ep-2024-34-skills.xlsx";
    private static final int CODE = 1;
    private static Map<String, Map<String, List<List<String>>>> workbooks;
    private static RoleDataSet builtIn;

    /** Read once; where the workbooks are absent each test is skipped, saying why (counted as skipped). */
    @BeforeEach
    void readTheWorkbooksAndTheSnapshot() {
        List<Path> files = List.of(SharedReleases.file("data", "bls", OCCUPATION_FILE),
                SharedReleases.file("data", "bls", EDUCATION_FILE), SharedReleases.file("data", "bls", SKILLS_FILE));
        if (workbooks != null) {
            return;
        }
        workbooks = new LinkedHashMap<>();
        for (Path f : files) {
            workbooks.put(f.getFileName().toString(), WorkbookCells.sheets(f));
        }
        builtIn = new EpProvider().open(ProviderContext.defaults("bls-ep"));
    }

    @Test
    void ep2024To34SnapshotEqualsARebuildFromTheWorkbooks() {
        SnapshotReader shipped = SnapshotReader.ofResource(EpProvider.class, EpProvider.SNAPSHOT);
        SnapshotReader rebuilt = SnapshotReader.of(EpSnapshotConverter.snapshot(SharedReleases.folder("data", "bls")),
                "rebuilt");
        assertThat(shipped.differencesFrom(rebuilt)).as("ep.cfsnap against a rebuild from the workbooks; regenerate "
                + "it with EpSnapshotConverter (see its class comment)").isEmpty();
    }

    @Test
    void ep2024To34AccountsForEveryRowOfEverySheetOfEveryWorkbook() {
        List<FileReport> files = builtIn.report().files();
        int sheets = workbooks.values().stream().mapToInt(Map::size).sum();
        assertThat(files).hasSize(sheets);
        long rows = 0;
        for (FileReport f : files) {
            List<List<String>> sheet = workbooks.get(f.file()).get(f.part());
            assertThat(f.rowsRead()).as(f.name()).isEqualTo(sheet.size());
            rows += sheet.size();
        }
        assertThat(builtIn.report().rowsRead()).isEqualTo(rows).isEqualTo(8_445);
        assertThat(builtIn.report().rowsLoaded()).isEqualTo(832 + 832);
        assertThat(files).filteredOn(f -> f.status() == FileReport.Status.LOADED).extracting(FileReport::part)
                .containsExactly("Table 1.2", "Table 5.3");
        FileReport projections = part("Table 1.2");
        assertThat(projections.skipped()).containsExactly(Map.entry("title row", 1L), Map.entry("header row", 1L),
                Map.entry("summary row: an occupational group, the total of its line items", 281L),
                Map.entry("footnote, note or source line", 4L));
        assertThat(projections.note()).contains("Not loaded: the median annual wage");
        FileReport attainment = part("Table 5.3");
        assertThat(attainment.rowsLoaded()).isEqualTo(832);
        assertThat(attainment.skipped()).containsEntry("total, all occupations: not an occupation", 1L);
        assertThat(part("Table 1.10").note()).startsWith("separations and openings");
        assertThat(part("Table 5.4").note()).startsWith("repeats Table 1.2's");
        assertThat(builtIn.report().problems()).isEmpty();
    }

    @Test
    void ep2024To34HasAnEntryForEveryLineItemOfTable12() {
        List<String> lineItems = workbooks.get(OCCUPATION_FILE).get("Table 1.2").stream()
                .filter(r -> r.size() > 2 && "Line item".equals(r.get(2))).map(r -> r.get(CODE)).toList();
        assertThat(builtIn.entries()).extracting(e -> e.code().code()).containsExactlyElementsOf(lineItems);
        assertThat(entry("15-2051").title()).isEqualTo("Data scientists");
    }

    @Test
    void ep2024To34DataScientistsOutlookIsTable12MultipliedOutOfThousandsExactly() {
        List<String> row = WorkbookCells.row(workbooks.get(OCCUPATION_FILE).get("Table 1.2"), CODE, "15-2051");
        RoleProfile p = profile("15-2051");
        assertThat(outlook(p, OutlookMeasure.JOBS_IN_YEAR).value().value()).isEqualTo(245_900)
                .isEqualTo(thousands(row.get(3)));
        assertThat(outlook(p, OutlookMeasure.JOBS_IN_YEAR).value().year()).isEqualTo(2024);
        assertThat(outlook(p, OutlookMeasure.PROJECTED_JOBS_IN_YEAR).value().value()).isEqualTo(328_300)
                .isEqualTo(thousands(row.get(4)));
        assertThat(outlook(p, OutlookMeasure.PROJECTED_JOBS_IN_YEAR).value().year()).isEqualTo(2034);
        Sourced<OutlookFigure> change = outlook(p, OutlookMeasure.EMPLOYMENT_CHANGE);
        assertThat(change.value().value()).isEqualTo(82_500).isEqualTo(thousands(row.get(7)));
        assertThat(change.provenance().note()).isEqualTo("Published in thousands (82.5); careerfit multiplies by 1,000.");
        assertThat(change.provenance().referencePeriod()).isEqualTo(ReferencePeriod.between(2024, 2034));
        assertThat(outlook(p, OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT).value().value()).isEqualTo(33.5)
                .isEqualTo(number(row.get(8)).doubleValue());
        Sourced<OutlookFigure> openings = outlook(p, OutlookMeasure.OPENINGS_PER_YEAR);
        assertThat(openings.value().value()).isEqualTo(23_400).isEqualTo(thousands(row.get(10)));
        assertThat(openings.value().year()).isEqualTo(2024);
        assertThat(openings.value().endYear()).isEqualTo(2034);
        assertThat(openings.provenance().origin().table()).isEqualTo("Table 1.2");
        assertThat(openings.provenance().origin().scale()).isEqualTo("Occupational openings, 2024\u201334 annual average");
        assertThat(p.facts(FactKinds.WORKFORCE)).extracting(Sourced::value)
                .containsExactly(new WorkforceShare("self-employed workers", number(row.get(9)).doubleValue()));
    }

    @Test
    void ep2024To34DataScientistsTypicallyEnterWithABachelorsDegree() {
        RoleProfile p = profile("15-2051");
        Sourced<EducationRequirement> education = p.facts(FactKinds.EDUCATION).get(0);
        assertThat(education.value()).isEqualTo(new EducationRequirement(List.of(EducationLevel.BACHELORS),
                Expectation.TYPICAL, List.of(), "Bachelor's degree"));
        assertThat(education.provenance().note()).startsWith("The BLS's category, in its words, for the typical education");
        assertThat(p.facts(FactKinds.ENTRY_REQUIREMENT)).extracting(Sourced::value).containsExactly(
                new EntryRequirement(EntryRequirement.Aspect.WORK_EXPERIENCE, "None"),
                new EntryRequirement(EntryRequirement.Aspect.ON_THE_JOB_TRAINING, "None"));
    }

    /**
     * The BLS's "No formal educational credential" is shown in its words, not as O*NET's "less than a high school
     * diploma", which careerfit places it at only to compare it with other sources.
     */
    @Test
    void ep2024To34CraftArtistsNeedNoFormalEducationalCredentialInTheBlsWords() {
        Sourced<EducationRequirement> education = profile("27-1012").facts(FactKinds.EDUCATION).get(0);
        assertThat(education.value().label()).isEqualTo("No formal educational credential");
        assertThat(education.value().levels()).containsExactly(EducationLevel.LESS_THAN_HIGH_SCHOOL);
        assertThat(FactKinds.EDUCATION.text(education.value())).isEqualTo("typical: No formal educational credential");
    }

    @Test
    void ep2024To34DataScientistsAttainmentIsTable53WithItsFootnote() {
        List<String> row = WorkbookCells.row(workbooks.get(EDUCATION_FILE).get("Table 5.3"), CODE, "15-2051");
        Sourced<CategoryDistribution> attainment = profile("15-2051").facts(FactKinds.ATTAINMENT).get(0);
        assertThat(attainment.value().measure()).isEqualTo("Educational attainment of workers 25 years and older");
        assertThat(attainment.value().shares()).extracting(CategoryShare::percent).containsExactly(
                row.subList(2, 9).stream().map(v -> number(v).doubleValue()).toArray(Double[]::new));
        assertThat(attainment.value().shares().get(4)).isEqualTo(new CategoryShare(5, "Bachelor's degree", 40.0, null,
                EducationLevel.BACHELORS));
        assertThat(attainment.value().shares().get(6).level()).isEqualTo(EducationLevel.FIRST_PROFESSIONAL);
        assertThat(attainment.provenance().source().id().value()).isEqualTo("bls-ep-attainment");
        assertThat(attainment.provenance().referencePeriod()).isEqualTo(ReferencePeriod.between(2022, 2023));
        assertThat(row.get(0)).endsWith("[1]");
        assertThat(attainment.provenance().note())
                .startsWith("Table 5.3 footnote [1]: This occupation is not an exact match with ACS");
    }

    @Test
    void ep2024To34ComputerScienceTeachersNeedADoctoralOrProfessionalDegree() {
        assertThat(profile("25-1021").facts(FactKinds.EDUCATION).get(0).value().levels())
                .containsExactly(EducationLevel.FIRST_PROFESSIONAL, EducationLevel.DOCTORATE);
    }

    @Test
    void ep2024To34LegislatorsHaveNoSelfEmployedShareAndSaySo() {
        List<String> row = WorkbookCells.row(workbooks.get(OCCUPATION_FILE).get("Table 1.2"), CODE, "11-1031");
        assertThat(row.get(9)).isEqualTo("\u2014");
        RoleProfile p = profile("11-1031");
        assertThat(p.facts(FactKinds.WORKFORCE)).isEmpty();
        assertThat(p.facts(FactKinds.DATA_GAP)).extracting(Sourced::value).containsExactly(new DataGap(FactKinds.WORKFORCE,
                "Employment Projections 2024-34 publishes no percent of self-employed workers for this occupation "
                        + "('\u2014' in Table 1.2)"));
    }

    @Test
    void ep2024To34WordProcessorsLoseJobs() {
        assertThat(outlook(profile("43-9022"), OutlookMeasure.EMPLOYMENT_CHANGE).value().value()).isEqualTo(-14_400);
        assertThat(outlook(profile("43-9022"), OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT).value().value()).isEqualTo(-36.1);
    }

    private static double thousands(String raw) {
        return number(raw).multiply(BigDecimal.valueOf(1000)).doubleValue();
    }

    private static FileReport part(String sheet) {
        return builtIn.report().files().stream().filter(f -> sheet.equals(f.part())).findFirst().orElseThrow();
    }

    private static RoleEntry entry(String code) {
        return builtIn.entries().stream().filter(e -> e.code().code().equals(code)).findFirst().orElseThrow();
    }

    private static RoleProfile profile(String code) {
        return builtIn.profile(entry(code));
    }

    private static Sourced<OutlookFigure> outlook(RoleProfile p, OutlookMeasure measure) {
        return p.facts(FactKinds.OUTLOOK).stream().filter(o -> o.value().measure() == measure).findFirst().orElseThrow();
    }
}
