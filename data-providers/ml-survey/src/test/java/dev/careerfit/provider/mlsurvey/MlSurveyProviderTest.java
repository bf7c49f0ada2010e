package dev.careerfit.provider.mlsurvey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.Expectation;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.Certification;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables of the unnamed survey quoted in seed 002, read through the real ServiceLoader path. */
class MlSurveyProviderTest {
    private static final String SEED_002 = "002_4a7e750c023270db.txt";

    private final CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(MlSurveyProvider.class::isInstance).findFirst().orElseThrow();

    @Test
    void isFoundByServiceLoaderAsASurveyWithPriority40() {
        assertThat(provider.id()).isEqualTo("ml-survey");
        assertThat(provider.priority()).isEqualTo(40);
        assertThat(provider.sources()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SourceKind.SURVEY));
    }

    @Test
    void addsFiguresToTheThreeTitlesWithoutDefiningThem() {
        assertThat(provider.roles()).extracting(r -> r.id().value())
                .containsExactly("ml-engineer", "data-scientist", "ai-engineer");
        assertThat(provider.roles()).noneMatch(RoleProfile::definesRole);
    }

    @ParameterizedTest(name = "survey: {0} averages ${1} a year")
    @CsvSource({"ml-engineer, 120000", "data-scientist, 110000", "ai-engineer, 115000"})
    void surveyAverageSalaryByTitleIsAnnualUsdTakenAsNational(String role, String mean) {
        Sourced<SalaryBand> salary = role(role).salaries().get(0);
        assertThat(role(role).salaries()).hasSize(1);
        assertThat(salary.value().mean()).isEqualByComparingTo(mean);
        assertThat(salary.value().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(salary.value().period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(salary.value().location()).isEqualTo(Location.national("US"));
        assertThat(salary.provenance().note()).contains("U.S. national");
    }

    @ParameterizedTest(name = "survey: {0} has {1} openings, {2}% satisfied, {3}% women")
    @CsvSource({"ml-engineer, 500, 85, 30", "data-scientist, 450, 80, 35", "ai-engineer, 400, 75, 25"})
    void surveyOpeningsSatisfactionAndWomenByTitle(String role, double openings, double satisfied, double women) {
        RoleProfile profile = role(role);
        assertThat(profile.outlook()).filteredOn(o -> o.value().measure() == OutlookMeasure.CURRENT_OPENINGS)
                .singleElement().satisfies(o -> assertThat(o.value().value()).isEqualTo(openings));
        assertThat(profile.satisfaction()).singleElement()
                .satisfies(s -> assertThat(s.value().percent()).isEqualTo(satisfied));
        assertThat(profile.workforce()).singleElement().satisfies(w -> {
            assertThat(w.value().group()).isEqualTo("women");
            assertThat(w.value().percent()).isEqualTo(women);
        });
    }

    @ParameterizedTest(name = "survey: {0} needs a master's or PhD")
    @CsvSource({"ml-engineer", "data-scientist", "ai-engineer"})
    void surveyEducationIsMastersOrPhdForEveryTitle(String role) {
        EducationRequirement education = role(role).education().get(0).value();
        assertThat(education.levels()).containsExactly(EducationLevel.MASTERS, EducationLevel.DOCTORATE);
        assertThat(education.expectation()).isEqualTo(Expectation.REQUIRED);
    }

    @Test
    void surveySkillsArePythonAdvancedRIntermediateAlgorithmsAdvanced() {
        assertThat(role("ml-engineer").skills()).extracting(s -> s.value().skill().id().value(),
                        s -> s.value().proficiency())
                .containsExactly(tuple("python", Proficiency.ADVANCED), tuple("r", Proficiency.INTERMEDIATE),
                        tuple("ml-algorithms", Proficiency.ADVANCED));
    }

    @Test
    void surveyIndustriesAreTechnology40Finance25Healthcare15() {
        assertThat(role("ml-engineer").industries()).extracting(i -> i.value().industry(), i -> i.value().percent())
                .containsExactly(tuple("Technology", 40.0), tuple("Finance", 25.0), tuple("Healthcare", 15.0));
    }

    @Test
    void surveySectorGrowthIs10Then15Then20PercentFor2022To2024() {
        assertThat(role("ml-engineer").outlook())
                .filteredOn(o -> o.value().measure() == OutlookMeasure.ANNUAL_GROWTH_PERCENT)
                .extracting(o -> o.value().year(), o -> o.value().value(), o -> o.provenance().referencePeriod())
                .containsExactly(tuple(2022, 10.0, ReferencePeriod.year(2022)),
                        tuple(2023, 15.0, ReferencePeriod.year(2023)), tuple(2024, 20.0, ReferencePeriod.year(2024)));
    }

    @Test
    void surveyCertificationsNameTheirIssuers() {
        assertThat(role("ml-engineer").certifications()).extracting(Sourced::value).containsExactly(
                new Certification("Machine Learning Engineer Certification", "Google"),
                new Certification("Data Science Certification", "IBM"),
                new Certification("Artificial Intelligence Certification", "Microsoft"));
    }

    @Test
    void everyFactNamesOneOfTheDeclaredSources() {
        // A strict catalog checks the provenance of every sourced fact of every role against sources().
        assertThatCode(() -> CareerCatalog.builder().discoverProviders(false).addProvider(provider).strict(true).build())
                .doesNotThrowAnyException();
    }

    @Test
    void everyFactIsCitedInSeed002() {
        assertThat(provider.roles().stream().flatMap(r -> Stream.of(r.salaries(), r.outlook(), r.education(),
                        r.satisfaction(), r.workforce(), r.skills(), r.industries(), r.certifications()))
                .flatMap(List::stream)).hasSize(27)
                .allSatisfy(f -> assertThat(f.provenance().citedIn()).isEqualTo(SEED_002));
    }

    private RoleProfile role(String id) {
        return provider.roles().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
    }

}
