package dev.careerfit.provider.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.Expectation;
import dev.careerfit.education.PathStep;
import dev.careerfit.education.YearRange;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.provenance.MadeBy;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.Certification;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.TaskKind;
import dev.careerfit.role.Tool;
import dev.careerfit.provider.tck.SharedReleases;
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
                tuple("careerfit-assessment", SourceKind.CAREERFIT_ASSESSMENT,
                        "careerfit's own estimates of work factors where the seed guides are silent"),
                tuple("careerfit-reading", SourceKind.CAREERFIT_ASSESSMENT, "careerfit's readings of the seed guides' "
                        + "words: how strongly a role shows a work factor (1-5) and the proficiency a skill needs, where "
                        + "the guides give words rather than a rating"));
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
        assertThat(role("ml-engineer").facts(FactKinds.TASK)).filteredOn(t -> t.value().kind() == TaskKind.RESPONSIBILITY)
                .hasSize(5).allSatisfy(t -> assertThat(t.provenance().citedIn()).isEqualTo(SEED_001));
        assertThat(role("ml-engineer").facts(FactKinds.TASK)).filteredOn(t -> t.provenance().citedIn().equals(SEED_000))
                .hasSize(5).allSatisfy(t -> assertThat(t.value().kind()).isEqualTo(TaskKind.DAILY));
    }

    @ParameterizedTest(name = "guide 002: {0} pays {3} {4}-{5} a year")
    @CsvSource({"San Francisco, US, CA, USD, 125000, 170000", "New York, US, NY, USD, 115000, 160000",
            "London, GB, , GBP, 60000, 85000"})
    void guide002MedianSalaryTableGivesAnnualRangesByCity(String city, String country, String region,
                                                          String currency, String low, String high) {
        assertThat(role("ml-engineer").facts(FactKinds.SALARY)).filteredOn(s -> city.equals(s.value().location().city()))
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
        assertThat(role("ml-engineer").facts(FactKinds.OUTLOOK)).filteredOn(o -> o.value().measure() == OutlookMeasure.CURRENT_OPENINGS)
                .filteredOn(o -> SEED_001.equals(o.provenance().citedIn())).singleElement().satisfies(o -> {
                    assertThat(o.value().value()).isEqualTo(437);
                    assertThat(o.value().scope()).isEqualTo("nationwide");
                    assertThat(o.provenance().citedIn()).isEqualTo(SEED_001);
                });
    }

    @Test
    void guide002JobsRoseFrom10000In2015To20000In2017() {
        assertThat(role("ml-engineer").facts(FactKinds.OUTLOOK)).filteredOn(o -> o.value().measure() == OutlookMeasure.JOBS_IN_YEAR)
                .extracting(o -> o.value().year(), o -> o.value().value(), o -> o.provenance().referencePeriod())
                .containsExactly(tuple(2015, 10_000.0, ReferencePeriod.year(2015)),
                        tuple(2016, 15_000.0, ReferencePeriod.year(2016)),
                        tuple(2017, 20_000.0, ReferencePeriod.year(2017)));
    }

    @Test
    void guide002sTwoIndustryTablesDisagreeOnTechnologyAndOthersAreNamedWithoutShares() {
        assertThat(role("ml-engineer").facts(FactKinds.INDUSTRY)).filteredOn(i -> i.value().percent() != null)
                .extracting(i -> i.value().industry(), i -> i.value().percent(), i -> i.provenance().citedIn())
                .containsExactly(tuple("Technology", 35.0, SEED_002), tuple("Finance", 25.0, SEED_002),
                        tuple("Healthcare", 15.0, SEED_002), tuple("Technology", 40.0, SEED_002),
                        tuple("Finance", 25.0, SEED_002), tuple("Healthcare", 15.0, SEED_002));
        assertThat(role("ml-engineer").facts(FactKinds.INDUSTRY)).filteredOn(i -> i.value().percent() == null)
                .extracting(i -> i.value().industry(), i -> i.provenance().citedIn())
                .contains(tuple("Retail", SEED_001), tuple("E-commerce", SEED_002), tuple("Automotive", SEED_002));
    }

    @Test
    void guidesDisagreeOnEducationAndEveryStatementIsKept() {
        assertThat(role("ml-engineer").facts(FactKinds.EDUCATION))
                .extracting(e -> e.provenance().citedIn(), e -> e.value().levels(), e -> e.value().expectation())
                .containsExactlyInAnyOrder(
                        tuple(SEED_001, List.of(EducationLevel.BACHELORS), Expectation.TYPICAL),
                        tuple(SEED_001, List.of(EducationLevel.MASTERS, EducationLevel.DOCTORATE), Expectation.PREFERRED),
                        tuple(SEED_001, List.of(EducationLevel.BACHELORS, EducationLevel.MASTERS), Expectation.REQUIRED),
                        tuple(SEED_000, List.of(EducationLevel.MASTERS), Expectation.HELPFUL),
                        tuple(SEED_002, List.of(EducationLevel.BACHELORS), Expectation.TYPICAL),
                        tuple(SEED_002, List.of(EducationLevel.MASTERS, EducationLevel.DOCTORATE), Expectation.REQUIRED));
    }

    @Test
    void guide001PathIsFourYearsOfDegreeOneToTwoOfExperienceAndOptionalOneToTwoOfStudy() {
        Sourced<CareerPath> path = role("ml-engineer").facts(FactKinds.CAREER_PATH).get(0);
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
        assertThat(role("ml-engineer").facts(FactKinds.FACTOR)).filteredOn(f -> f.value().factor().value().equals("continuous-learning"))
                .extracting(f -> f.provenance().citedIn(), f -> f.value().framing())
                .contains(tuple(SEED_000, Framing.CON), tuple(SEED_001, Framing.PRO));
    }

    @ParameterizedTest(name = "{0} has an exposure to every standard factor")
    @CsvSource({"ml-engineer", "data-scientist", "ai-engineer"})
    void everyRoleIsRatedOnEveryStandardFactor(String role) {
        assertThat(role(role).facts(FactKinds.FACTOR)).extracting(f -> f.value().factor())
                .containsAll(WorkFactors.standard().stream().map(WorkFactor::id).toList());
    }

    @Test
    void careerfitsOwnEstimatesAreLabelledAsItsOwnWithWhatTheyRestOnAndCiteNoGuide() {
        assertThat(provider.roles().stream().flatMap(r -> r.facts(FactKinds.FACTOR).stream())
                .filter(f -> f.provenance().madeBy() == MadeBy.CAREERFIT_ESTIMATE))
                .hasSize(33).allSatisfy(f -> {
                    assertThat(f.value().framing()).isEqualTo(Framing.NEUTRAL);
                    assertThat(f.provenance().citedIn()).as("careerfit's estimate is not the guide's").isNull();
                    assertThat(f.provenance().basis()).isNotBlank();
                    assertThat(f.provenance().describe()).startsWith("careerfit's own estimate, based on ");
                });
        assertThat(role("ml-engineer").facts(FactKinds.FACTOR))
                .noneMatch(f -> f.provenance().madeBy() == MadeBy.CAREERFIT_ESTIMATE);
    }

    /**
     * The 1-5 intensities and the skill levels careerfit read from the guides' words are careerfit's, never the
     * guide's: each names careerfit's reading source, the guide it read and the words it read, and cites the guide's
     * file. Only the skills table of guide 002 gives levels of its own.
     */
    @Test
    void readingsOfTheGuidesWordsAreCareerfitsWithTheWordsRead() {
        List<Sourced<?>> readings = provider.roles().stream().flatMap(r -> r.facts().all().stream())
                .filter(f -> f.provenance().madeBy() == MadeBy.CAREERFIT_READING).toList();
        assertThat(readings).hasSize(81).allSatisfy(f -> {
            assertThat(f.provenance().source().id().value()).isEqualTo("careerfit-reading");
            assertThat(f.provenance().reading().source().kind()).isEqualTo(SourceKind.EDITORIAL);
            assertThat(f.provenance().reading().words()).isNotBlank();
            assertThat(f.provenance().describe()).startsWith("careerfit's reading of ").contains(f.provenance().reading().words());
        });
        assertThat(provider.roles().stream().flatMap(r -> r.facts(FactKinds.FACTOR).stream()))
                .as("every factor rating is careerfit's: a reading of a guide's words or its own estimate")
                .allSatisfy(f -> assertThat(f.provenance().madeBy()).isIn(MadeBy.CAREERFIT_READING, MadeBy.CAREERFIT_ESTIMATE));
        assertThat(role("ml-engineer").facts(FactKinds.SKILL)).filteredOn(s -> s.provenance().madeBy() == MadeBy.PUBLISHER)
                .extracting(s -> s.provenance().source().id().value()).hasSize(3).containsOnly("guide-002");
    }

    /** The words a reading quotes are the guide's, character for character, in the seed file it cites. */
    @Test
    void everyReadingQuotesTheGuideItCitesWordForWord() throws java.io.IOException {
        java.nio.file.Path seeds = SharedReleases.folder("seeds");
        for (RoleProfile r : provider.roles()) {
            for (Sourced<?> f : r.facts().all()) {
                if (f.provenance().reading() != null) {
                    String text = java.nio.file.Files.readString(seeds.resolve(f.provenance().citedIn()));
                    assertThat(text).as("%s of %s", f.value(), r.id()).contains(f.provenance().reading().words());
                }
            }
        }
    }

    /**
     * careerfit's rule for reading a skill's level: 'strong', 'essential' or 'crucial' as advanced; 'familiarity',
     * 'valuable' or 'skill in' as intermediate. Guide 000 calls programming in "Python, Java, etc." essential, so
     * Java is advanced there, as in the other two guides; guide 002 calls communication and teamwork essential and
     * domain knowledge crucial.
     */
    @ParameterizedTest(name = "{0} in guide {1}: ''{2}'' reads as {3}")
    @CsvSource({"java, 000, essential, ADVANCED", "python, 000, essential, ADVANCED",
            "attention-to-detail, 000, essential, ADVANCED", "problem-solving, 000, strong, ADVANCED",
            "cloud-computing, 000, familiarity, INTERMEDIATE", "r, 000, valuable, INTERMEDIATE",
            "java, 001, strong, ADVANCED", "algorithms-and-data-structures, 001, crucial, ADVANCED",
            "analytical-thinking, 001, strong, ADVANCED", "java, 002, strong, ADVANCED",
            "communication, 002, essential, ADVANCED", "teamwork, 002, essential, ADVANCED",
            "domain-knowledge, 002, crucial, ADVANCED", "data-visualisation, 002, skill in, INTERMEDIATE"})
    void skillLevelsFollowCareerfitsRuleWhereTheWordsUseIt(String skill, String guide, String word, Proficiency level) {
        assertThat(role("ml-engineer").facts(FactKinds.SKILL))
                .filteredOn(s -> s.value().skill().id().value().equals(skill) && s.provenance().reading() != null
                        && s.provenance().reading().source().id().value().equals("guide-" + guide))
                .singleElement().satisfies(s -> {
                    assertThat(s.provenance().reading().words().toLowerCase(java.util.Locale.ROOT)).contains(word);
                    assertThat(s.value().proficiency()).isEqualTo(level);
                });
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
        assertThat(role("ml-engineer").facts(FactKinds.MISCONCEPTION)).hasSize(5).allSatisfy(m -> {
            assertThat(m.provenance().citedIn()).isEqualTo(SEED_002);
            assertThat(m.value().details()).hasSize(3);
        });
    }

    @Test
    void everyFaqOfTheGuidesHasAnAnswer() {
        assertThat(role("ml-engineer").facts(FactKinds.FAQ)).extracting(f -> f.provenance().citedIn())
                .containsOnly(SEED_000, SEED_001, SEED_002).filteredOn(SEED_000::equals).hasSize(4);
        assertThat(role("ml-engineer").facts(FactKinds.FAQ)).filteredOn(f -> f.provenance().citedIn().equals(SEED_002)).hasSize(10);
        assertThat(role("ml-engineer").facts(FactKinds.FAQ)).allSatisfy(f -> assertThat(f.value().answer()).isNotBlank());
    }

    @Test
    void toolsIncludeEveryFrameworkTheGuidesName() {
        assertThat(role("ml-engineer").facts(FactKinds.TOOL)).extracting(t -> t.value().name()).contains("TensorFlow", "PyTorch",
                "scikit-learn", "Keras", "Apache Spark", "Apache Hadoop", "Microsoft Azure");
        assertThat(role("ml-engineer").facts(FactKinds.TOOL)).extracting(Sourced::value).noneMatch(Tool::inDemand);
    }

    @Test
    void worldEconomicForumOutlookIsAnIndustryReportCitedInGuide002() {
        assertThat(role("ml-engineer").facts(FactKinds.OUTLOOK_STATEMENT))
                .filteredOn(s -> s.provenance().source().id().value().equals("wef")).singleElement().satisfies(s -> {
                    assertThat(s.provenance().source().publisher()).isEqualTo("World Economic Forum");
                    assertThat(s.provenance().citedIn()).isEqualTo(SEED_002);
                });
    }

    @Test
    void everyFactNamesOneOfTheDeclaredSourcesAndEveryPublishedOneItsSeedFile() {
        List<Sourced<?>> facts = provider.roles().stream().flatMap(r -> r.facts().all().stream()).toList();
        assertThat(facts).as("218 facts, and the 24 of the guide 002's tables that credit no one").hasSize(218 + 24).allSatisfy(f -> {
            assertThat(provider.sources()).contains(f.provenance().source());
            if (f.provenance().madeBy() != MadeBy.CAREERFIT_ESTIMATE) {
                assertThat(f.provenance().citedIn()).isIn(SEED_000, SEED_001, SEED_002);
            }
        });
    }

    @Test
    void guide002sTablesThatCreditNoOneAreCreditedToTheGuide() {
        assertThat(role("ml-engineer").facts(FactKinds.SATISFACTION)).singleElement().satisfies(s -> {
            assertThat(s.value().percent()).isEqualTo(85);
            assertThat(s.provenance().source().id().value()).isEqualTo("guide-002");
            assertThat(s.provenance().note()).contains("credits no source");
        });
        assertThat(role("data-scientist").facts(FactKinds.WORKFORCE)).singleElement()
                .satisfies(w -> assertThat(w.value().percent()).isEqualTo(35));
        assertThat(role("ai-engineer").facts(FactKinds.OUTLOOK)).singleElement().satisfies(o -> {
            assertThat(o.value().measure()).isEqualTo(OutlookMeasure.CURRENT_OPENINGS);
            assertThat(o.value().value()).isEqualTo(400);
        });
    }

    @ParameterizedTest(name = "guide 002's tables: {0} has {1} openings, {2}% satisfied, {3}% women, a master's or PhD")
    @CsvSource({"ml-engineer, 500, 85, 30", "data-scientist, 450, 80, 35", "ai-engineer, 400, 75, 25"})
    void guide002TablesByTitle(String role, double openings, double satisfied, double women) {
        RoleProfile profile = role(role);
        assertThat(profile.facts(FactKinds.OUTLOOK)).filteredOn(o -> o.value().measure() == OutlookMeasure.CURRENT_OPENINGS)
                .filteredOn(o -> SEED_002.equals(o.provenance().citedIn()))
                .singleElement().satisfies(o -> assertThat(o.value().value()).isEqualTo(openings));
        assertThat(profile.facts(FactKinds.SATISFACTION)).singleElement()
                .satisfies(s -> assertThat(s.value().percent()).isEqualTo(satisfied));
        assertThat(profile.facts(FactKinds.WORKFORCE)).singleElement().satisfies(w -> {
            assertThat(w.value().group()).isEqualTo("women");
            assertThat(w.value().percent()).isEqualTo(women);
        });
        assertThat(profile.facts(FactKinds.EDUCATION)).filteredOn(e -> e.value().expectation() == Expectation.REQUIRED)
                .filteredOn(e -> SEED_002.equals(e.provenance().citedIn())).singleElement()
                .satisfies(e -> assertThat(e.value().levels()).containsExactly(EducationLevel.MASTERS, EducationLevel.DOCTORATE));
    }

    @Test
    void guide002SkillsTableIsPythonAdvancedRIntermediateAlgorithmsAdvanced() {
        assertThat(role("ml-engineer").facts(FactKinds.SKILL))
                .filteredOn(s -> "Proficiency as the guide's skills table states it.".equals(s.value().note()))
                .extracting(s -> s.value().skill().id().value(), s -> s.value().proficiency())
                .containsExactly(tuple("python", Proficiency.ADVANCED), tuple("r", Proficiency.INTERMEDIATE),
                        tuple("ml-algorithms", Proficiency.ADVANCED));
    }

    @Test
    void guide002CertificationsNameTheirIssuers() {
        assertThat(role("ml-engineer").facts(FactKinds.CERTIFICATION)).extracting(Sourced::value).containsExactly(
                new Certification("Machine Learning Engineer Certification", "Google"),
                new Certification("Data Science Certification", "IBM"),
                new Certification("Artificial Intelligence Certification", "Microsoft"));
    }

    @Test
    void theMachineLearningSectorsGrowthIsTheSectorsNotTheRoles() {
        assertThat(role("ml-engineer").facts(FactKinds.OUTLOOK))
                .filteredOn(o -> o.value().measure() == OutlookMeasure.SECTOR_GROWTH_PERCENT)
                .extracting(o -> o.value().year(), o -> o.value().value(), o -> o.value().scope())
                .containsExactly(tuple(2022, 10.0, "machine learning sector"), tuple(2023, 15.0, "machine learning sector"),
                        tuple(2024, 20.0, "machine learning sector"));
        assertThat(role("ml-engineer").facts(FactKinds.OUTLOOK))
                .noneMatch(o -> o.value().measure() == OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT);
    }

    /** Guide 001 names the BLS for the 9.7% after it, not for its 33,500 openings a year: those are the guide's. */
    @Test
    void the33500OpeningsAYearAreCreditedToGuide001WhichNamesNoSourceForThem() {
        assertThat(role("ml-engineer").facts(FactKinds.OUTLOOK))
                .filteredOn(o -> o.value().measure() == OutlookMeasure.OPENINGS_PER_YEAR).singleElement().satisfies(o -> {
                    assertThat(o.value().value()).isEqualTo(33_500);
                    assertThat(o.provenance().source().id().value()).isEqualTo("guide-001");
                    assertThat(o.provenance().citedIn()).isEqualTo(SEED_001);
                });
    }

    private RoleProfile role(String id) {
        return provider.roles().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
    }

    private Stream<FactorExposure> exposures(String role, String factor) {
        return role(role).facts(FactKinds.FACTOR).stream().map(Sourced::value).filter(f -> f.factor().value().equals(factor));
    }

    /** Mean intensity over every source's exposure, so no single statement decides a comparison. */
    private double intensity(String role, String factor) {
        return exposures(role, factor).mapToDouble(FactorExposure::intensity).average().orElseThrow();
    }

}
