package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.LinkedFigure;
import dev.careerfit.catalog.RoleLink;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.RoleId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every built-in provider in one catalog: the seed guides' roles, every occupation of O*NET 30.1 with the
 * figures of OEWS May 2024 and Employment Projections 2024-34, the links between them and where they
 * disagree. Figures are those of the releases named in each test.
 */
@Tag("national")
class NationalCatalogTest {
    private static final CareerCatalog CATALOG = CareerCatalog.builder().strict(true).build();

    @Test
    void holdsEveryOnetOccupationBesideTheSeedRoles() {
        assertThat(CATALOG.failures()).isEmpty();
        assertThat(CATALOG.size()).as("1,016 O*NET 30.1 occupations and the 3 seed roles").isEqualTo(1019);
        assertThat(CATALOG.summary(RoleId.of("15-2051.00"))).get().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Data Scientists");
            assertThat(r.providers()).containsExactly("bls-ep", "bls-oews", "onet");
        });
        assertThat(CATALOG.providers()).extracting(p -> p.id()).contains("onet", "bls-oews", "bls-ep");
    }

    @Test
    void appliesTheOews2024MedianOfTheSixDigitSocCodeAndSaysSo() {
        FactGroup<SalaryBand> pay = CATALOG.requireRole("15-2051.00").salariesAt("US").get(0);

        // OEWS May 2024, national, 15-2051 Data Scientists: A_MEDIAN 112,590, A_MEAN 124,590, H_MEDIAN 54.13.
        assertThat(pay.value().median()).isEqualByComparingTo("112590");
        assertThat(pay.value().mean()).isEqualByComparingTo("124590");
        assertThat(pay.value().otherPeriod().median()).isEqualByComparingTo("54.13");
        assertThat(pay.chosen().provenance().source().release()).isEqualTo("May 2024");
        assertThat(pay.chosen().provenance().origin().appliedFrom()).isEqualTo("SOC 15-2051");
        assertThat(pay.chosen().provenance().providerId()).isEqualTo(ProviderId.of("bls-oews"));
    }

    @Test
    void anOccupationWithoutItsOwnSocFiguresTakesTheFiguresOfTheCodeItBelongsTo() {
        FactGroup<SalaryBand> pay = CATALOG.requireRole("15-1299.08").salariesAt("US").get(0);

        // OEWS May 2024, 15-1299 Computer Occupations, All Other: A_MEDIAN 108,970.
        assertThat(pay.value().median()).isEqualByComparingTo("108970");
        assertThat(pay.chosen().provenance().origin().appliedFrom()).isEqualTo("SOC 15-1299");
    }

    @Test
    void saysWhatOnetDoesNotPublishForDataScientists() {
        CareerRole scientists = CATALOG.requireRole("15-2051.00");

        assertThat(scientists.groups(FactKinds.DATA_GAP)).extracting(g -> g.value().kind().id())
                .contains("skill-rating", "knowledge-rating", "work-values", "education-distribution");
        assertThat(scientists.groups(FactKinds.SKILL_RATING)).isEmpty();
        assertThat(scientists.groups(FactKinds.INTERESTS)).hasSize(1);
        assertThat(scientists.groups(FactKinds.DATA_GAP)).extracting(g -> g.value().statement())
                .anySatisfy(s -> assertThat(s).contains("O*NET 30.1").contains("skills"));
    }

    /**
     * O*NET 30.1 keeps occupations apart that SOC 2018, and so the BLS, publishes as one code: in broad group
     * 21-1010 OEWS May 2024 and EP 2024-34 publish 21-1012, 21-1013, 21-1015, 21-1018 and 21-1019, and O*NET's
     * 21-1011 and 21-1014 are not among them; 21-1018 is the one published code no occupation carries, so it is
     * the code that combines them. The release says no more than that, and the provenance says exactly that.
     */
    @Test
    void appliesTheBlsFiguresOfTheSoc2018CodeThatCombinesAnOnetOccupationsCode() {
        CareerRole counselors = CATALOG.requireRole("21-1014.00");
        FactGroup<SalaryBand> pay = counselors.salariesAt("US").get(0);

        // OEWS May 2024, 21-1018 Substance Abuse, Behavioral Disorder, and Mental Health Counselors: A_MEDIAN 59,190.
        assertThat(pay.value().median()).isEqualByComparingTo("59190");
        assertThat(pay.chosen().provenance().origin().describe()).endsWith("published for SOC 21-1018 (Substance "
                + "Abuse, Behavioral Disorder, and Mental Health Counselors), which combines SOC 21-1011 and SOC 21-1014");
        // EP 2024-34 Table 1.2, 21-1018: +16.8% employment change 2024-34, 48.3 thousand openings a year.
        assertThat(counselors.groups(FactKinds.OUTLOOK)).extracting(g -> g.value().measure().name(), g -> g.value().value())
                .contains(tuple("EMPLOYMENT_GROWTH_PERCENT", 16.8), tuple("OPENINGS_PER_YEAR", 48_300.0));
        assertThat(counselors.groups(FactKinds.DATA_GAP)).extracting(g -> g.value().statement())
                .noneMatch(s -> s.contains("publishes no figures"));
    }

    /** The five SOC 2018 codes of OEWS May 2024 that combine O*NET 30.1 occupations, and the 14 occupations they cover. */
    @Test
    void fourteenOnetOccupationsTakeTheFiguresOfFiveCombiningSocCodes() {
        java.util.Map<String, List<String>> byCode = new java.util.TreeMap<>();
        for (RoleSummary r : CATALOG.roles()) {
            CareerRole role = CATALOG.requireRole(r.id().value());
            for (FactGroup<SalaryBand> g : role.groups(FactKinds.SALARY)) {
                var origin = g.chosen().provenance().origin();
                if (origin != null && !origin.combines().isEmpty()) {
                    byCode.computeIfAbsent(origin.appliedFrom(), k -> new java.util.ArrayList<>()).add(r.id().value());
                }
            }
        }
        assertThat(byCode).containsOnlyKeys("SOC 21-1018", "SOC 25-2052", "SOC 25-9045", "SOC 51-2028", "SOC 53-1047");
        assertThat(byCode.get("SOC 21-1018")).containsExactly("21-1011.00", "21-1014.00");
        assertThat(byCode.get("SOC 53-1047")).containsExactly("53-1042.00", "53-1042.01", "53-1043.00", "53-1044.00",
                "53-1049.00");
        assertThat(byCode.values().stream().mapToInt(List::size).sum()).isEqualTo(14);
        assertThat(CATALOG.warnings()).noneMatch(w -> w.contains("21-1018"));
    }

    @Test
    void saysWhenTheBlsPublishesNoFiguresForAnOccupationsCodes() {
        // OEWS May 2024 and EP 2024-34 do not cover the military.
        for (String id : List.of("55-1011.00")) {
            CareerRole role = CATALOG.requireRole(id);
            assertThat(role.groups(FactKinds.SALARY)).isEmpty();
            assertThat(role.groups(FactKinds.DATA_GAP)).extracting(g -> g.value().statement())
                    .anySatisfy(s -> assertThat(s).startsWith("U.S. Bureau of Labor Statistics, Occupational "
                            + "Employment and Wage Statistics (OEWS), national estimates (May 2024) publishes no figures "
                            + "for SOC " + id.substring(0, 7)))
                    .anySatisfy(s -> assertThat(s).startsWith("U.S. Bureau of Labor Statistics, Employment "
                            + "Projections (2024-34) publishes no figures"));
        }
    }

    @Test
    void linksTheSeedRolesToTheOccupationsThatListTheirTitles() {
        assertThat(CATALOG.requireRole("ml-engineer").links()).extracting(l -> l.role().value())
                .containsExactly("15-1221.00", "15-1299.08", "15-2051.00");
        assertThat(CATALOG.requireRole("data-scientist").links()).extracting(l -> l.role().value())
                .containsExactly("15-2051.00");
        assertThat(CATALOG.requireRole("ai-engineer").links()).extracting(l -> l.role().value())
                .containsExactly("15-1221.00");
        RoleLink link = CATALOG.requireRole("ml-engineer").links().get(0);
        assertThat(link.evidence()).isEqualTo("O*NET 30.1 (December 2025) lists 'Machine Learning Engineer' as "
                + "another title of 15-1221.00 Computer and Information Research Scientists");
        assertThat(CATALOG.requireRole("15-2051.00").links()).extracting(l -> l.role().value())
                .containsExactlyInAnyOrder("ml-engineer", "data-scientist");
    }

    @Test
    void theGuidesBlsAverageDiffersFromTheOews2024MeansOfTheLinkedOccupations() {
        Conflict pay = linkedConflict("ml-engineer", "salary");

        assertThat(pay.group(FactKinds.SALARY).value().mean()).isEqualByComparingTo("112430");
        // OEWS May 2024 A_MEAN: 15-1221 152,310; 15-1299 116,700; 15-2051 124,590.
        assertThat(pay.linked()).extracting(l -> l.role().value(), l -> l.group(FactKinds.SALARY).value().mean().intValue(),
                LinkedFigure::disagrees).containsExactly(tuple("15-1221.00", 152_310, true),
                tuple("15-1299.08", 116_700, true), tuple("15-2051.00", 124_590, true));
        assertThat(pay.describe()).contains("ml-engineer: salary in US (USD): mean $112,430 a year")
                .contains("differs on amount");
        assertThat(CATALOG.conflicts()).contains(pay);
    }

    @Test
    void theSurveysDataScientistSalaryDiffersFromOewsFor15Dash2051() {
        Conflict pay = linkedConflict("data-scientist", "salary");

        assertThat(pay.group(FactKinds.SALARY).value().mean()).isEqualByComparingTo("110000");
        assertThat(pay.group().chosen().provenance().providerId()).isEqualTo(ProviderId.of("ml-survey"));
        assertThat(pay.linked()).singleElement().satisfies(l -> {
            assertThat(l.role()).isEqualTo(RoleId.of("15-2051.00"));
            assertThat(l.disagrees()).isTrue();
        });
    }

    @Test
    void theGuidesEducationDiffersFromTheEpTypicalEntryEducationWithTheAttainmentBesideIt() {
        Conflict ml = linkedConflict("ml-engineer", "education");
        assertThat(ml.linked()).filteredOn(LinkedFigure::disagrees).singleElement().satisfies(l -> {
            // EP 2024-34 Table 1.2: 15-1221 typical entry education "Master's degree".
            assertThat(l.role()).isEqualTo(RoleId.of("15-1221.00"));
            assertThat(l.context()).extracting(g -> g.kind().id()).contains("attainment");
        });

        Conflict ds = linkedConflict("data-scientist", "education");
        assertThat(ds.group(FactKinds.EDUCATION).value().minimumLevel()).isEqualTo(EducationLevel.MASTERS);
        assertThat(ds.linked()).singleElement().satisfies(l -> {
            // EP 2024-34 Table 1.2: 15-2051 "Bachelor's degree"; Table 5.3 (ACS 2022-23): 40.0% hold a bachelor's.
            assertThat(l.group().text()).isEqualTo("typical: Bachelor's degree");
            assertThat(l.context()).filteredOn(g -> g.kind() == FactKinds.ATTAINMENT).singleElement()
                    .satisfies(g -> assertThat(g.text()).contains("Bachelor's degree 40%"));
        });
    }

    @Test
    void searchesTitlesAndOtherTitlesAcrossTheWholeCatalog() {
        assertThat(CATALOG.search("machine learning engineer")).extracting(r -> r.id().value())
                .containsExactly("ml-engineer", "15-1221.00", "15-1299.08", "15-2051.00");
        assertThat(CATALOG.search("data scientist")).extracting(RoleSummary::title).startsWith("Data Scientist",
                "Data Scientists");
        assertThat(CATALOG.search("datab")).extracting(RoleSummary::title).contains("Database Administrators");
        assertThat(CATALOG.search("abase")).as("a word's middle is not a match").isEmpty();
    }

    @Test
    void everyOccupationMergesWithoutAProblem() {
        List<RoleSummary> all = CATALOG.roles();
        for (RoleSummary r : all) {
            CareerRole role = CATALOG.requireRole(r.id().value());
            assertThat(role.title()).isEqualTo(r.title());
        }
        assertThat(CATALOG.rolesWith(FactKinds.DATA_GAP)).hasSizeGreaterThan(90);
    }

    private static Conflict linkedConflict(String role, String kind) {
        return CATALOG.requireRole(role).conflicts().stream()
                .filter(c -> c.withLinkedOccupations() && c.kind().id().equals(kind)).findFirst().orElseThrow(
                        () -> new AssertionError("no disagreement on " + kind + " between " + role
                                + " and its linked occupations"));
    }

    static List<FactGroup<DataGap>> gaps(CareerRole role) {
        return role.groups(FactKinds.DATA_GAP);
    }
}
