package dev.careerfit.provider.glassdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.spi.CareerDataProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Glassdoor's base-pay range as seed 002 cites it, read through the real ServiceLoader path. */
class GlassdoorProviderTest {
    private final CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(GlassdoorProvider.class::isInstance).findFirst().orElseThrow();

    @Test
    void isFoundByServiceLoaderAsJobMarketDataWithPriority60() {
        assertThat(provider.id()).isEqualTo("glassdoor");
        assertThat(provider.priority()).isEqualTo(60);
        assertThat(provider.sources()).singleElement().satisfies(s -> {
            assertThat(s.publisher()).isEqualTo("Glassdoor");
            assertThat(s.kind()).isEqualTo(SourceKind.JOB_MARKET_DATA);
        });
    }

    @Test
    void glassdoorRangeIs110kTo150kUsdAnnual() {
        SalaryBand band = range().value();
        assertThat(band.low()).isEqualByComparingTo("110000");
        assertThat(band.high()).isEqualByComparingTo("150000");
        assertThat(band.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(band.period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(band.mean()).isNull();
    }

    @Test
    void glassdoorRangeIsBasePayTakenAsNationalUs() {
        Sourced<SalaryBand> range = range();
        assertThat(range.value().basis()).isEqualTo("base pay");
        assertThat(range.value().location()).isEqualTo(Location.national("US"));
        assertThat(range.provenance().note()).contains("national U.S.");
    }

    @Test
    void addsTheRangeToTheMlEngineerWithoutDefiningIt() {
        assertThat(provider.roles()).singleElement().satisfies(r -> {
            assertThat(r.id().value()).isEqualTo("ml-engineer");
            assertThat(r.definesRole()).isFalse();
        });
    }

    @Test
    void everyFactNamesOneOfTheDeclaredSources() {
        // A strict catalog checks the provenance of every sourced fact of every role against sources().
        assertThatCode(() -> CareerCatalog.builder().discoverProviders(false).addProvider(provider).strict(true).build())
                .doesNotThrowAnyException();
    }

    @Test
    void theRangeIsCitedInSeed002() {
        assertThat(range().provenance().citedIn()).isEqualTo("002_4a7e750c023270db.txt");
    }

    private Sourced<SalaryBand> range() {
        return provider.roles().get(0).facts(FactKinds.SALARY).get(0);
    }

}
