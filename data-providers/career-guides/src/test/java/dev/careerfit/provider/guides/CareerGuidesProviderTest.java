package dev.careerfit.provider.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.Expectation;
import dev.careerfit.education.PathStep;
import dev.careerfit.education.YearRange;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.TaskKind;
import dev.careerfit.role.Tool;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three seed guides and careerfit's assessments, read through the real ServiceLoader path. */
class CareerGuidesProviderTest {
    static final String SEED_000 = "000_078a4aaa0510603e.txt";
    static final String SEED_001 = "001_cdb3b6ab2d3ae448.txt";
    static final String SEED_002 = "002_4a7e750c023270db.txt";

    private final CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(CareerGuidesProvider.class::isInstance).findFirst().orElseThrow();

    @Test
    void isFoundByServiceLoaderWithPriority20AndOneEditorialSourcePerGuide() {
        assertThat(provider.id()).isEqualTo("career-guides");
        assertThat(provider.priority()).isEqualTo(20);
        assertThat(provider.sources()).extracting(s -> s.id().value(), s -> s.kind(), s -> s.title()).containsExactly(
                tuple("guide-000", SourceKind.EDITORIAL, "Is Being a Machine Learning Engineer a Good Career Choice? Pros and Cons"),
                tuple("guide-001", SourceKind.EDITORIAL, "What does a Machine Learning Engineer do?"),
                tuple("guide-002", SourceKind.EDITORIAL, "Why Machine Learning Engineer"),
                tuple("wef", SourceKind.INDUSTRY_REPORT, "Report on the outlook for AI and machine learning jobs (not named by the citing guide)"),
                tuple("careerfit-assessment", SourceKind.CAREERFIT_ASSESSMENT, "Work-factor assessments where the seed guides are silent"));
    }

    @Test
    void isTheOnlyBuiltInProviderThatDefinesTheThreeRoles() {
        assertThat(provider.roles()).extracting(r -> r.id().value(), RoleProfile::title).containsExactly(
                tuple("ml-engineer", "Machine Learning Engineer"), tuple("data-scientist", "Data Scientist"),
                tuple("ai-engineer", "AI Engineer"));
        assertThat(provider.roles()).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
        assertThat(role("ai-engineer").alternateTitles()).containsExactly("Artificial Intelligence Engineer");
        assertThat(ServiceLoader.load(CareerDataProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.roles().stream().anyMatch(RoleProfile::definesRole)))
                .extracting(CareerDataProvider::id).containsExactly("career-guides");
    }

    @Test
    void guide001JobDescriptionListsFiveResponsibilities() {
        assertThat(role("ml-engineer").tasks()).filteredOn(t -> t.value().kind() == TaskKind.RESPONSIBILITY)
                .hasSize(5).allSatisfy(t -> assertThat(t.provenance().citedIn()).isEqualTo(SEED_001));
        assertThat(role("ml-engineer").tasks()).filteredOn(t -> t.provenance().citedIn().equals(SEED_000))
                .hasSize(5).allSatisfy(t -> assertThat(t.value().kind()).isEqualTo(TaskKind.DAILY));
    }

    @ParameterizedTest(name = "guide 002: {0} pays {3} {4}-{5} a year")
    @CsvSource({"San Francisco, US, CA, USD, 125000, 170000", "New York, US, NY, USD, 115000, 160000",
            "London, GB, , GBP, 60000, 85000"})
    void guide002MedianSalaryTableGivesAnnualRangesByCity(String city, String country, String region,
                                                          String currency, String low, String high) {
        assertThat(role("ml-engineer").salaries()).filteredOn(s -> city.equals(s.value().location().city()))
                .singleElement().satisfies(s -> {
                    assertThat(s.value().location()).isEqualTo(new Location(country, region, city));
                    assertThat(s.value().currency().getCurrencyCode()).isEqualTo(currency);
                    assertThat(s.value().period()).isEqualTo(PayPeriod.ANNUAL);
                    assertThat(s.value().low()).isEqualByComparingTo(low);
                    assertThat(s.value().high()).isEqualByComparingTo(high);
                    assertThat(s.provenance().citedIn()).isEqualTo(SEED_002);
                    assertThat(s.provenance().note()).contains("ranges rather than medians");
                });
    }

    @Test
    void guide001Counts437OpeningsNationwide() {
        assertThat(role("ml-engineer").outlook()).filteredOn(o -> o.value().measure() == OutlookMeasure.CURRENT_OPENINGS)
                .singleElement().satisfies(o -> {
                    assertThat(o.value().value()).isEqualTo(437);
                    assertThat(o.value().scope()).isEqualTo("nationwide");
                    assertThat(o.provenance().citedIn()).isEqualTo(SEED_001);
                });
    }

    @Test
    void guide002JobsRoseFrom10000In2015To20000In2017() {
        assertThat(role("ml-engineer").outlook()).filteredOn(o -> o.value().measure() == OutlookMeasure.JOBS_IN_YEAR)
                .extracting(o -> o.value().year(), o -> o.value().value(), o -> o.provenance().referencePeriod())
                .containsExactly(tuple(2015, 10_000.0, ReferencePeriod.year(2015)),
                        tuple(2016, 15_000.0, ReferencePeriod.year(2016)),
                        tuple(2017, 20_000.0, ReferencePeriod.year(2017)));
    }

    @Test
    void guide002IndustriesAreTechnology35Finance25Healthcare15AndOthersAreNamedWithoutShares() {
        assertThat(role("ml-engineer").industries()).filteredOn(i -> i.value().percent() != null)
                .extracting(i -> i.value().industry(), i -> i.value().percent(), i -> i.provenance().citedIn())
                .containsExactly(tuple("Technology", 35.0, SEED_002), tuple("Finance", 25.0, SEED_002),
                        tuple("Healthcare", 15.0, SEED_002));
        assertThat(role("ml-engineer").industries()).filteredOn(i -> i.value().percent() == null)
                .extracting(i -> i.value().industry(), i -> i.provenance().citedIn())
                .contains(tuple("Retail", SEED_001), tuple("E-commerce", SEED_002), tuple("Automotive", SEED_002));
    }

    @Test
    void guidesDisagreeOnEducationAndEveryStatementIsKept() {
        assertThat(role("ml-engineer").education())
                .extracting(e -> e.provenance().citedIn(), e -> e.value().levels(), e -> e.value().expectation())
                .containsExactlyInAnyOrder(
                        tuple(SEED_001, List.of(EducationLevel.BACHELORS), Expectation.TYPICAL),
                        tuple(SEED_001, List.of(EducationLevel.MASTERS, EducationLevel.DOCTORATE), Expectation.PREFERRED),
                        tuple(SEED_001, List.of(EducationLevel.BACHELORS, EducationLevel.MASTERS), Expectation.REQUIRED),
                        tuple(SEED_000, List.of(EducationLevel.MASTERS), Expectation.HELPFUL),
                        tuple(SEED_002, List.of(EducationLevel.BACHELORS), Expectation.TYPICAL));
    }

    @Test
    void guide001PathIsFourYearsOfDegreeOneToTwoOfExperienceAndOptionalOneToTwoOfStudy() {
        Sourced<CareerPath> path = role("ml-engineer").careerPaths().get(0);
        assertThat(path.provenance().citedIn()).isEqualTo(SEED_001);
        assertThat(path.value().steps()).extracting(PathStep::title, PathStep::duration, PathStep::optional)
                .containsExactly(tuple("Earn a bachelor's degree", YearRange.exactly(4), false),
                        tuple("Learn the core skills", null, false),
                        tuple("Gain practical experience", YearRange.of(1, 2), false),
                        tuple("Add a master's degree or specialised certifications", YearRange.of(1, 2), true),
                        tuple("Build a portfolio", null, false), tuple("Apply for jobs", null, false));
        assertThat(path.value().requiredYears()).isEqualTo(YearRange.of(5, 6));
        assertThat(path.value().allYears()).isEqualTo(YearRange.of(6, 8));
    }

    @Test
    void continuousLearningIsAConInGuide000AndAProInGuide001() {
        assertThat(role("ml-engineer").factors()).filteredOn(f -> f.value().factor().value().equals("continuous-learning"))
                .extracting(f -> f.provenance().citedIn(), f -> f.value().framing())
                .contains(tuple(SEED_000, Framing.CON), tuple(SEED_001, Framing.PRO));
    }

    @ParameterizedTest(name = "{0} has an exposure to every standard factor")
    @CsvSource({"ml-engineer", "data-scientist", "ai-engineer"})
    void everyRoleIsRatedOnEveryStandardFactor(String role) {
        assertThat(role(role).factors()).extracting(f -> f.value().factor())
                .containsAll(WorkFactors.standard().stream().map(WorkFactor::id).toList());
    }

    @Test
    void careerfitAssessmentsAreNeutralAndSayWhatTheyAreBasedOn() {
        assertThat(provider.roles().stream().flatMap(r -> r.factors().stream())
                .filter(f -> f.provenance().source().kind() == SourceKind.CAREERFIT_ASSESSMENT))
                .hasSize(33).allSatisfy(f -> {
                    assertThat(f.value().framing()).isEqualTo(Framing.NEUTRAL);
                    assertThat(f.provenance().note()).startsWith("careerfit's assessment").contains("Based on");
                });
        assertThat(role("ml-engineer").factors())
                .noneMatch(f -> f.provenance().source().kind() == SourceKind.CAREERFIT_ASSESSMENT);
    }

    @ParameterizedTest(name = "ml-engineer is high on {0}")
    @CsvSource({"maths-intensity", "programming-intensity", "production-engineering", "pressure",
            "continuous-learning", "pay", "job-demand"})
    void guidesRateTheMlEngineerHigh(String factor) {
        assertThat(exposures("ml-engineer", factor)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.intensity()).isGreaterThanOrEqualTo(4));
    }

    @Test
    void dataScientistIsHigherOnDataAnalysisAndLowerOnProductionAndProgramming() {
        assertThat(intensity("data-scientist", "data-analysis")).isGreaterThan(intensity("ml-engineer", "data-analysis"));
        assertThat(intensity("data-scientist", "production-engineering"))
                .isLessThan(intensity("ml-engineer", "production-engineering"));
        assertThat(intensity("data-scientist", "programming-intensity"))
                .isLessThan(intensity("ml-engineer", "programming-intensity"));
    }

    @Test
    void aiEngineerIsCloseToTheMlEngineerButHigherOnCuttingEdge() {
        for (WorkFactor f : WorkFactors.standard()) {
            assertThat(Math.abs(intensity("ai-engineer", f.id().value()) - intensity("ml-engineer", f.id().value())))
                    .as(f.id().value()).isLessThanOrEqualTo(1.0);
        }
        assertThat(intensity("ai-engineer", "cutting-edge")).isGreaterThan(intensity("ml-engineer", "cutting-edge"));
    }

    @Test
    void guide002ListsFiveMisconceptionsEachWithMythRealityAndThreeDetails() {
        assertThat(role("ml-engineer").misconceptions()).hasSize(5).allSatisfy(m -> {
            assertThat(m.provenance().citedIn()).isEqualTo(SEED_002);
            assertThat(m.value().details()).hasSize(3);
        });
    }

    @Test
    void everyFaqOfTheGuidesHasAnAnswer() {
        assertThat(role("ml-engineer").faqs()).extracting(f -> f.provenance().citedIn())
                .containsOnly(SEED_000, SEED_001, SEED_002).filteredOn(SEED_000::equals).hasSize(4);
        assertThat(role("ml-engineer").faqs()).filteredOn(f -> f.provenance().citedIn().equals(SEED_002)).hasSize(10);
        assertThat(role("ml-engineer").faqs()).allSatisfy(f -> assertThat(f.value().answer()).isNotBlank());
    }

    @Test
    void toolsIncludeEveryFrameworkTheGuidesName() {
        assertThat(role("ml-engineer").tools()).extracting(t -> t.value().name()).contains("TensorFlow", "PyTorch",
                "scikit-learn", "Keras", "Apache Spark", "Apache Hadoop", "Microsoft Azure");
        assertThat(role("ml-engineer").tools()).extracting(Sourced::value).noneMatch(Tool::inDemand);
    }

    @Test
    void worldEconomicForumOutlookIsAnIndustryReportCitedInGuide002() {
        assertThat(role("ml-engineer").outlookStatements())
                .filteredOn(s -> s.provenance().source().id().value().equals("wef")).singleElement().satisfies(s -> {
                    assertThat(s.provenance().source().publisher()).isEqualTo("World Economic Forum");
                    assertThat(s.provenance().citedIn()).isEqualTo(SEED_002);
                });
    }

    @Test
    void everyFactNamesOneOfTheDeclaredSourcesAndASeedFile() {
        assertThat(provider.roles().stream().flatMap(r -> r.facts().stream()).toList()).hasSize(217).allSatisfy(f -> {
            assertThat(provider.sources()).contains(f.provenance().source());
            assertThat(f.provenance().citedIn()).isIn(SEED_000, SEED_001, SEED_002);
        });
    }

    private RoleProfile role(String id) {
        return provider.roles().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
    }

    private Stream<FactorExposure> exposures(String role, String factor) {
        return role(role).factors().stream().map(Sourced::value).filter(f -> f.factor().value().equals(factor));
    }

    /** Mean intensity over every source's exposure, so no single statement decides a comparison. */
    private double intensity(String role, String factor) {
        return exposures(role, factor).mapToDouble(FactorExposure::intensity).average().orElseThrow();
    }

}
