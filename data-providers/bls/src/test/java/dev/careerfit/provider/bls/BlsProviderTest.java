package dev.careerfit.provider.bls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.math.BigDecimal;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The BLS figures as seed 001 cites them, read through the real ServiceLoader path. */
class BlsProviderTest {
    private static final String SEED_001 = "001_cdb3b6ab2d3ae448.txt";

    private final CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(BlsProvider.class::isInstance).findFirst().orElseThrow();

    @Test
    void isFoundByServiceLoaderAsOfficialStatisticsWithPriority100() {
        assertThat(provider.id()).isEqualTo("bls");
        assertThat(provider.priority()).isEqualTo(100);
        assertThat(provider.sources()).singleElement().satisfies(s -> {
            assertThat(s.id().value()).isEqualTo("bls-ooh");
            assertThat(s.publisher()).isEqualTo("U.S. Bureau of Labor Statistics");
            assertThat(s.kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
        });
    }

    @Test
    void addsFiguresToTheMlEngineerWithoutDefiningIt() {
        assertThat(provider.roles()).singleElement().satisfies(r -> {
            assertThat(r.id().value()).isEqualTo("ml-engineer");
            assertThat(r.definesRole()).isFalse();
        });
    }

    @Test
    void blsAnnualMeanIs112430UsdNationally() {
        Sourced<SalaryBand> annual = salary(PayPeriod.ANNUAL);
        assertThat(annual.value().mean()).isEqualByComparingTo("112430");
        assertThat(annual.value().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(annual.value().location()).isEqualTo(Location.national("US"));
        assertThat(annual.provenance().citedIn()).isEqualTo(SEED_001);
    }

    @Test
    void theSameMeanPerHourIs5405UsdAndIsPartOfTheOneValue() {
        assertThat(mlEngineer().facts(FactKinds.SALARY)).as("one statistic in two units is one value").hasSize(1);
        SalaryBand hourly = salary(PayPeriod.ANNUAL).value().otherPeriod();
        assertThat(hourly.period()).isEqualTo(PayPeriod.HOURLY);
        assertThat(hourly.mean()).isEqualByComparingTo("54.05");
        assertThat(hourly.location()).isEqualTo(Location.national("US"));
        assertThat(salary(PayPeriod.ANNUAL).provenance().note()).contains("2,080 hours");
    }

    @Test
    void blsHourlyAndAnnualMeansAgreeAt2080Hours() {
        BigDecimal hourlyAsAnnual = PayPeriod.HOURLY.convert(salary(PayPeriod.ANNUAL).value().otherPeriod().mean(),
                PayPeriod.ANNUAL);
        BigDecimal annual = salary(PayPeriod.ANNUAL).value().mean();
        assertThat(hourlyAsAnnual.doubleValue()).isCloseTo(annual.doubleValue(), within(annual.doubleValue() * 0.001));
    }

    /** Guide 001: the BLS "predicts a 9.7% increase in job openings from 2022 to 2032": openings, not jobs held. */
    @Test
    void blsProjectsA9Point7PercentIncreaseInJobOpeningsFrom2022To2032() {
        Sourced<OutlookFigure> change = outlook(OutlookMeasure.OPENINGS_CHANGE_PERCENT);
        assertThat(change.value().value()).isEqualTo(9.7);
        assertThat(change.value().year()).isEqualTo(2022);
        assertThat(change.value().endYear()).isEqualTo(2032);
        assertThat(change.provenance().referencePeriod()).isEqualTo(ReferencePeriod.between(2022, 2032));
        assertThat(change.provenance().citedIn()).isEqualTo(SEED_001);
        assertThat(FactKinds.OUTLOOK.text(change.value())).isEqualTo("+9.7% change in job openings 2022-2032 (openings, "
                + "not jobs held)");
    }

    /** Guide 001 names no one for its 33,500 openings a year (the BLS only for the figure after it): not the BLS's. */
    @Test
    void the33500OpeningsAYearAreNotCreditedToTheBls() {
        assertThat(mlEngineer().facts(FactKinds.OUTLOOK)).extracting(f -> f.value().measure())
                .containsExactly(OutlookMeasure.OPENINGS_CHANGE_PERCENT);
    }

    @Test
    void everyFactNamesOneOfTheDeclaredSources() {
        // A strict catalog checks the provenance of every sourced fact of every role against sources().
        assertThatCode(() -> CareerCatalog.builder().discoverProviders(false).addProvider(provider).strict(true).build())
                .doesNotThrowAnyException();
    }

    @Test
    void everyFactIsCitedInSeed001() {
        assertThat(Stream.concat(mlEngineer().facts(FactKinds.SALARY).stream(), mlEngineer().facts(FactKinds.OUTLOOK).stream())).hasSize(2)
                .allSatisfy(f -> assertThat(f.provenance().citedIn()).isEqualTo(SEED_001));
    }

    private RoleProfile mlEngineer() {
        return provider.roles().get(0);
    }

    private Sourced<SalaryBand> salary(PayPeriod period) {
        return mlEngineer().facts(FactKinds.SALARY).stream().filter(s -> s.value().period() == period).findFirst().orElseThrow();
    }

    private Sourced<OutlookFigure> outlook(OutlookMeasure measure) {
        return mlEngineer().facts(FactKinds.OUTLOOK).stream().filter(o -> o.value().measure() == measure).findFirst().orElseThrow();
    }

}
