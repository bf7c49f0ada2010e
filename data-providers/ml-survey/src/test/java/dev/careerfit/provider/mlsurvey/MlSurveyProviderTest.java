package dev.careerfit.provider.mlsurvey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The salary table of the unnamed survey quoted in seed 002, read through the real ServiceLoader path. */
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
        Sourced<SalaryBand> salary = role(role).facts(FactKinds.SALARY).get(0);
        assertThat(role(role).facts(FactKinds.SALARY)).hasSize(1);
        assertThat(salary.value().mean()).isEqualByComparingTo(mean);
        assertThat(salary.value().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(salary.value().period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(salary.value().location()).isEqualTo(Location.national("US"));
        assertThat(salary.provenance().note()).contains("U.S. national");
    }

    @Test
    void holdsOnlyTheTableTheGuideCreditsToTheSurvey() {
        assertThat(provider.roles()).allSatisfy(r -> assertThat(r.facts().kinds()).containsExactly(FactKinds.SALARY));
    }

    @Test
    void everyFactNamesOneOfTheDeclaredSources() {
        // A strict catalog checks the provenance of every sourced fact of every role against sources().
        assertThatCode(() -> CareerCatalog.builder().discoverProviders(false).addProvider(provider).strict(true).build())
                .doesNotThrowAnyException();
    }

    @Test
    void everyFactIsCitedInSeed002() {
        assertThat(provider.roles().stream().flatMap(r -> r.facts().all().stream())).hasSize(3)
                .allSatisfy(f -> assertThat(f.provenance().citedIn()).isEqualTo(SEED_002));
    }

    private RoleProfile role(String id) {
        return provider.roles().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
    }

}
