package dev.careerfit.provider.oews;

import static dev.careerfit.provider.tck.WorkbookCells.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.provider.tck.SharedReleases;
import dev.careerfit.provider.tck.WorkbookCells;
import dev.careerfit.release.SnapshotReader;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OEWS May 2024: the built-in snapshot against the BLS workbook in the shared folder, every figure
 * checked read straight from the workbook's cells.
 */
@Tag("national")
class OewsMay2024Test {
    private static final String OEWS_FILE = "oews-national-may2024.xlsx";
    private static Path workbook;
    private static Map<String, List<List<String>>> sheets;
    private static Map<String, Map<String, String>> rowsByCode;
    private static RoleDataSet builtIn;

    /** Read once; where the workbook is absent each test is skipped, saying why (counted as skipped). */
    @BeforeEach
    void readTheWorkbookAndTheSnapshot() {
        Path file = SharedReleases.file("data", "bls", OEWS_FILE);
        if (workbook != null) {
            return;
        }
        workbook = file;
        sheets = WorkbookCells.sheets(workbook);
        rowsByCode = WorkbookCells.table(sheets.get("national_M2024_dl")).stream()
                .filter(r -> "detailed".equals(r.get("O_GROUP")))
                .collect(Collectors.toMap(r -> r.get("OCC_CODE"), r -> r));
        builtIn = new OewsProvider().open(ProviderContext.defaults("bls-oews"));
    }

    @Test
    void oewsMay2024SnapshotEqualsARebuildFromTheWorkbook() {
        SnapshotReader shipped = SnapshotReader.ofResource(OewsProvider.class, OewsProvider.SNAPSHOT);
        SnapshotReader rebuilt = SnapshotReader.of(OewsSnapshotConverter.snapshot(workbook.getParent()), "rebuilt");
        assertThat(shipped.differencesFrom(rebuilt)).as("oews.cfsnap against a rebuild from the workbook; regenerate "
                + "it with OewsSnapshotConverter (see its class comment)").isEmpty();
    }

    @Test
    void oewsMay2024AccountsForEveryRowOfEverySheet() {
        List<FileReport> files = builtIn.report().files();
        assertThat(files).extracting(FileReport::part)
                .containsExactly("national_M2024_dl", "Field Descriptions", "UpdateTime", "Filler");
        for (FileReport f : files) {
            assertThat(f.file()).isEqualTo(OEWS_FILE);
            assertThat(f.rowsRead()).as(f.name()).isEqualTo(sheets.get(f.part()).size());
        }
        FileReport estimates = files.get(0);
        assertThat(estimates.rowsRead()).isEqualTo(1404);
        assertThat(estimates.rowsLoaded()).isEqualTo(831).isEqualTo(rowsByCode.size());
        assertThat(estimates.skipped()).containsOnlyKeys("header row", "all occupations total (O_GROUP total)",
                "major group (O_GROUP major): a total of the detailed occupations loaded",
                "minor group (O_GROUP minor): a total of the detailed occupations loaded",
                "broad group (O_GROUP broad): a total of the detailed occupations loaded, or the same figures as its "
                        + "own 'detailed' row");
        assertThat(estimates.skipped().values()).containsExactly(1L, 1L, 22L, 94L, 455L);
        assertThat(files.get(1).rowsRead()).isEqualTo(47);
        assertThat(files.get(1).rowsLoaded()).as("release name and '#' limits").isEqualTo(2);
        assertThat(files.get(2).status()).isEqualTo(FileReport.Status.NOT_USED);
        assertThat(files.get(2).rowsRead()).isEqualTo(2);
        assertThat(files.get(3).rowsRead()).isZero();
        assertThat(builtIn.report().problems()).isEmpty();
    }

    @Test
    void oewsMay2024HasAnEntryForEveryDetailedRowWithItsTitle() {
        assertThat(builtIn.entries()).extracting(e -> e.code().code())
                .containsExactlyInAnyOrderElementsOf(rowsByCode.keySet());
        assertThat(entry("13-1020").title()).isEqualTo("Buyers and Purchasing Agents");
    }

    @Test
    void oewsMay2024DataScientistsAnnualBandWithTheHourlyFiguresAsPublished() {
        Map<String, String> row = rowsByCode.get("15-2051");
        Sourced<SalaryBand> salary = salary("15-2051");
        SalaryBand annual = salary.value();
        assertThat(annual.period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(annual.median()).isEqualByComparingTo(number(row.get("A_MEDIAN"))).isEqualByComparingTo("112590");
        assertThat(annual.mean()).isEqualByComparingTo(number(row.get("A_MEAN")));
        assertThat(annual.percentiles().get(90)).isEqualByComparingTo(number(row.get("A_PCT90")));
        assertThat(annual.percentiles().get(10)).isEqualByComparingTo(number(row.get("A_PCT10")));
        SalaryBand hourly = annual.otherPeriod();
        assertThat(hourly.period()).isEqualTo(PayPeriod.HOURLY);
        assertThat(hourly.median()).isEqualByComparingTo(number(row.get("H_MEDIAN"))).isEqualByComparingTo("54.13");
        assertThat(hourly.percentiles().get(25)).isEqualByComparingTo("39.73");
        assertThat(annual.topCoded()).isEmpty();
        assertThat(annual.unavailable()).isEmpty();
        Provenance p = salary.provenance();
        assertThat(p.referencePeriod()).isEqualTo(ReferencePeriod.year(2024));
        assertThat(p.quality().relativeStandardError()).isEqualTo(number(row.get("MEAN_PRSE")).doubleValue());
        assertThat(p.origin().table()).isEqualTo("national_M2024_dl");
        assertThat(p.origin().scale()).contains("A_MEDIAN", "H_MEDIAN");
    }

    @Test
    void oewsMay2024DataScientistsHoldWageAndSalaryJobsWithTheirRelativeStandardError() {
        Map<String, String> row = rowsByCode.get("15-2051");
        Sourced<OutlookFigure> jobs = profile("15-2051").facts(FactKinds.OUTLOOK).get(0);
        assertThat(jobs.value().measure()).isEqualTo(OutlookMeasure.WAGE_AND_SALARY_JOBS);
        assertThat(jobs.value().year()).isEqualTo(2024);
        assertThat(jobs.value().value()).isEqualTo(number(row.get("TOT_EMP")).doubleValue()).isEqualTo(233_440);
        assertThat(jobs.provenance().quality().relativeStandardError())
                .isEqualTo(number(row.get("EMP_PRSE")).doubleValue());
        assertThat(jobs.provenance().origin().scale()).isEqualTo("TOT_EMP");
    }

    @Test
    void oewsMay2024ChiefExecutivesTopPercentilesAreTheLimitMarkedTopCoded() {
        Map<String, String> row = rowsByCode.get("11-1011");
        assertThat(row.get("A_PCT75")).isEqualTo("#");
        assertThat(row.get("A_PCT90")).isEqualTo("#");
        Sourced<SalaryBand> salary = salary("11-1011");
        SalaryBand annual = salary.value();
        assertThat(annual.topCoded()).containsExactlyInAnyOrder("p75", "p90");
        assertThat(annual.percentiles().get(90)).isEqualByComparingTo("239200");
        assertThat(annual.median()).isEqualByComparingTo(number(row.get("A_MEDIAN")));
        assertThat(annual.otherPeriod().topCoded()).containsExactlyInAnyOrder("p75", "p90");
        assertThat(annual.otherPeriod().percentiles().get(75)).isEqualByComparingTo("115.00");
        assertThat(salary.provenance().note()).contains("at least $239,200 a year ($115.00 an hour)");
    }

    @Test
    void oewsMay2024ComputerScienceTeachersHaveAnnualWagesOnly() {
        Map<String, String> row = rowsByCode.get("25-1021");
        assertThat(row.get("ANNUAL")).isEqualTo("TRUE");
        Sourced<SalaryBand> salary = salary("25-1021");
        assertThat(salary.value().period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(salary.value().median()).isEqualByComparingTo(number(row.get("A_MEDIAN")));
        assertThat(salary.value().otherPeriod()).isNull();
        assertThat(salary.provenance().note()).contains("OEWS releases annual wages only for this occupation");
    }

    @Test
    void oewsMay2024ActorsHaveHourlyWagesOnly() {
        Map<String, String> row = rowsByCode.get("27-2011");
        assertThat(row.get("HOURLY")).isEqualTo("TRUE");
        Sourced<SalaryBand> salary = salary("27-2011");
        assertThat(salary.value().period()).isEqualTo(PayPeriod.HOURLY);
        assertThat(salary.value().median()).isEqualByComparingTo(number(row.get("H_MEDIAN")));
        assertThat(salary.value().otherPeriod()).isNull();
        assertThat(salary.provenance().note()).contains("OEWS releases hourly wages only for this occupation");
    }

    @Test
    void oewsMay2024SaysWhenAFigureCoversAWholeBroadGroup() {
        assertThat(salary("13-1020").provenance().note()).startsWith("OEWS publishes SOC broad group 13-1020 as one "
                + "occupation");
    }

    private static RoleEntry entry(String code) {
        return builtIn.entries().stream().filter(e -> e.code().code().equals(code)).findFirst().orElseThrow();
    }

    private static RoleProfile profile(String code) {
        return builtIn.profile(entry(code));
    }

    private static Sourced<SalaryBand> salary(String code) {
        List<Sourced<SalaryBand>> salaries = profile(code).facts(FactKinds.SALARY);
        assertThat(salaries).as("salaries of %s", code).hasSize(1);
        return salaries.get(0);
    }
}
