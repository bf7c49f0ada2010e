package dev.careerfit.provider.oews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** What the provider says about itself, and the snapshot it ships, read through the real ServiceLoader path. */
class OewsProviderTest {
    private final CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(OewsProvider.class::isInstance).findFirst().orElseThrow();

    @Test
    void isFoundByServiceLoaderAsOfficialStatisticsWithPriority100() {
        assertThat(provider.id()).isEqualTo("bls-oews");
        assertThat(provider.name()).isEqualTo("BLS Occupational Employment and Wage Statistics");
        assertThat(provider.priority()).isEqualTo(100);
    }

    @Test
    void declaresTheOewsMay2024SourceWithItsCreditLine() {
        assertThat(provider.sources()).singleElement().satisfies(s -> {
            assertThat(s.id().value()).isEqualTo("bls-oews");
            assertThat(s.publisher()).isEqualTo("U.S. Bureau of Labor Statistics");
            assertThat(s.title()).isEqualTo("Occupational Employment and Wage Statistics (OEWS), national estimates");
            assertThat(s.kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
            assertThat(s.link()).hasToString("https://www.bls.gov/oes/");
            assertThat(s.licence()).isEqualTo("U.S. federal government work in the public domain; BLS asks to be credited");
            assertThat(s.release()).isEqualTo("May 2024");
            assertThat(s.attribution()).isEqualTo(
                    "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024");
        });
    }

    @Test
    void theBuiltInSnapshotHoldsTheReleaseTheProviderDeclares() {
        RoleDataSet data = provider.open(ProviderContext.defaults("bls-oews"));
        assertThat(data.sources()).contains(provider.sources());
        assertThat(data.entries()).hasSize(831);
        assertThat(data.report().release())
                .isEqualTo("May 2024 OEWS Estimates (snapshot built into careerfit-provider-bls-oews)");
        assertThat(data.report().problems()).isEmpty();
    }

    @Test
    void everyProfileHasTheKindsItsEntryListsFromTheDeclaredSource() {
        RoleDataSet data = provider.open(ProviderContext.defaults("bls-oews"));
        for (RoleEntry e : data.entries()) {
            RoleProfile p = data.profile(e);
            assertThat(p.id().value()).isEqualTo(e.code().code());
            assertThat(p.facts().kinds()).as(e.describe()).containsExactlyInAnyOrderElementsOf(e.kinds());
            assertThat(p.facts().all()).extracting(Sourced::provenance).extracting(pv -> pv.source())
                    .containsOnly(provider.sources().toArray(Source[]::new));
        }
    }

    @Test
    void loadsIntoAStrictCatalogWithoutFailures() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).strict(true).addProvider(provider)
                .build();
        assertThat(catalog.failures()).isEmpty();
    }
}
