package dev.careerfit.provider.ep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
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
class EpProviderTest {
    private final CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(EpProvider.class::isInstance).findFirst().orElseThrow();

    @Test
    void isFoundByServiceLoaderAsOfficialStatisticsWithPriority100() {
        assertThat(provider.id()).isEqualTo("bls-ep");
        assertThat(provider.name()).isEqualTo("BLS Employment Projections");
        assertThat(provider.priority()).isEqualTo(100);
    }

    @Test
    void declaresTheProjectionsAndTheAttainmentTableAsTwoSources() {
        assertThat(provider.sources()).hasSize(2);
        Source projections = provider.sources().get(0);
        assertThat(projections.id().value()).isEqualTo("bls-ep");
        assertThat(projections.publisher()).isEqualTo("U.S. Bureau of Labor Statistics");
        assertThat(projections.title()).isEqualTo("Employment Projections");
        assertThat(projections.kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
        assertThat(projections.link()).hasToString("https://www.bls.gov/emp/");
        assertThat(projections.licence())
                .isEqualTo("U.S. federal government work in the public domain; BLS asks to be credited");
        assertThat(projections.release()).isEqualTo("2024-34");
        assertThat(projections.attribution())
                .isEqualTo("Source: U.S. Bureau of Labor Statistics, Employment Projections program, 2024-34");
        Source attainment = provider.sources().get(1);
        assertThat(attainment.id().value()).isEqualTo("bls-ep-attainment");
        assertThat(attainment.title()).contains("2022-23", "American Community Survey", "U.S. Census Bureau");
        assertThat(attainment.attribution()).contains("Table 5.3", "2022 and 2023 American Community Survey");
    }

    @Test
    void theBuiltInSnapshotHoldsTheReleaseTheProviderDeclares() {
        RoleDataSet data = provider.open(ProviderContext.defaults("bls-ep"));
        assertThat(data.sources()).contains(provider.sources());
        assertThat(data.entries()).hasSize(832);
        assertThat(data.report().release())
                .isEqualTo("Employment Projections 2024-34 (snapshot built into careerfit-provider-bls-ep)");
        assertThat(data.report().problems()).isEmpty();
    }

    @Test
    void everyProfileHasTheKindsItsEntryListsFromTheDeclaredSources() {
        RoleDataSet data = provider.open(ProviderContext.defaults("bls-ep"));
        for (RoleEntry e : data.entries()) {
            RoleProfile p = data.profile(e);
            assertThat(p.id().value()).isEqualTo(e.code().code());
            assertThat(p.facts().kinds()).as(e.describe()).containsExactlyInAnyOrderElementsOf(e.kinds());
            assertThat(p.facts().all()).extracting(Sourced::provenance).extracting(pv -> pv.source())
                    .isSubsetOf(provider.sources());
        }
    }

    /**
     * The built-in snapshot's typical entry education reads as the BLS words its category: EP 2024-34 Table 1.2
     * gives 27-1012 Craft artists "No formal educational credential", not "less than a high school diploma".
     */
    @Test
    void theSnapshotsEntryEducationIsTheBlsCategoryInItsOwnWords() {
        RoleDataSet data = provider.open(ProviderContext.defaults("bls-ep"));
        RoleEntry craftArtists = data.entries().stream().filter(e -> e.code().code().equals("27-1012")).findFirst()
                .orElseThrow();
        assertThat(data.profile(craftArtists).facts(FactKinds.EDUCATION)).singleElement()
                .satisfies(e -> assertThat(FactKinds.EDUCATION.text(e.value()))
                        .isEqualTo("typical: No formal educational credential"));
    }

    @Test
    void loadsIntoAStrictCatalogWithoutFailures() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).strict(true).addProvider(provider)
                .build();
        assertThat(catalog.failures()).isEmpty();
    }
}
