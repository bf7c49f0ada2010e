package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.provider.bls.BlsProvider;
import dev.careerfit.provider.glassdoor.GlassdoorProvider;
import dev.careerfit.provider.guides.CareerGuidesProvider;
import dev.careerfit.provider.mlsurvey.MlSurveyProvider;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed providers' documents are indexed without binding them, and bound only when one of their
 * roles is asked for: listing every role or showing a national occupation never sets up an object
 * mapper. The index must be what binding the document gives.
 */
class SeedDocumentsBindOnDemandTest {

    static Stream<Supplier<CareerDataProvider>> seedProviders() {
        return Stream.of(BlsProvider::new, CareerGuidesProvider::new, GlassdoorProvider::new, MlSurveyProvider::new);
    }

    @ParameterizedTest
    @MethodSource("seedProviders")
    void indexesEachSeedDocumentAsBindingItReadsIt(Supplier<CareerDataProvider> make) {
        CareerDataProvider outlined = make.get();
        CareerDataProvider bound = make.get();
        List<RoleEntry> boundEntries = RoleDataSet.of(bound.roles()).entries();

        RoleDataSet data = outlined.open(ProviderContext.defaults(outlined.id()));

        assertThat(data.inMemory()).as("%s is indexed, not bound", outlined.id()).isFalse();
        assertThat(data.entries()).isEqualTo(boundEntries);
        assertThat(outlined.sources()).isEqualTo(bound.sources());
        assertThat(outlined.factors()).isEqualTo(bound.factors());
        for (RoleEntry e : data.entries()) {
            assertThat(data.alternateTitles(e)).isEqualTo(bound.roles().stream()
                    .filter(r -> r.id().equals(e.role())).findFirst().orElseThrow().alternateTitles());
            assertThat(data.profile(e)).isEqualTo(bound.roles().stream()
                    .filter(r -> r.id().equals(e.role())).findFirst().orElseThrow());
        }
    }

    @Test
    @Tag("national")
    void listingEveryRoleAndShowingAnOccupationBindNoDocument() throws Exception {
        try (ExcludedProvidersReadNothingTest.RecordingLoader loader = new ExcludedProvidersReadNothingTest.RecordingLoader(
                ExcludedProvidersReadNothingTest.classPath())) {
            Class<?> catalogClass = Class.forName("dev.careerfit.catalog.CareerCatalog", true, loader);
            Object builder = catalogClass.getMethod("builder").invoke(null);
            builder.getClass().getMethod("classLoader", ClassLoader.class).invoke(builder, loader);
            Object catalog = builder.getClass().getMethod("build").invoke(builder);
            Method requireRole = catalogClass.getMethod("requireRole", String.class);

            assertThat((List<?>) catalogClass.getMethod("failures").invoke(catalog)).isEmpty();
            assertThat((List<?>) catalogClass.getMethod("roles").invoke(catalog)).hasSizeGreaterThan(1000);
            requireRole.invoke(catalog, "15-2051.00");
            assertThat(loader.classes).as("classes loaded to list roles and show 15-2051.00")
                    .contains("dev.careerfit.provider.guides.CareerGuidesProvider")
                    .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper");

            requireRole.invoke(catalog, "ml-engineer");
            assertThat(loader.classes).as("classes loaded once a seed role is shown")
                    .contains("com.fasterxml.jackson.databind.ObjectMapper");
        }
    }
}
