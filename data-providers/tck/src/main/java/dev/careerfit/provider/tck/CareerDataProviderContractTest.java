package dev.careerfit.provider.tck;

import static dev.careerfit.provider.tck.CareerfitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CareerDataProvider} must meet. Extend it in your provider's tests and
 * return your provider from {@link #provider()}; every built-in provider's tests do the same.
 *
 * <pre>{@code
 * class AcmeProviderContractTest extends CareerDataProviderContractTest {
 *     @Override
 *     protected CareerDataProvider provider() {
 *         return new AcmeProvider();
 *     }
 * }
 * }</pre>
 *
 * <p>Override {@link #otherProviders()} when your provider only adds facts to roles that another
 * provider defines (the catalog check then loads those too).
 *
 * @since 0.1
 */
public abstract class CareerDataProviderContractTest {

    private CareerDataProvider provider;

    /** A fresh instance of the provider under test. */
    protected abstract CareerDataProvider provider();

    /** Providers your provider's data depends on (e.g. the one defining the roles you add figures to). */
    protected List<CareerDataProvider> otherProviders() {
        return List.of();
    }

    @BeforeEach
    void createProvider() {
        provider = provider();
    }

    @Test
    void hasAValidId() {
        assertThat(provider.id()).as("provider id").matches("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    }

    @Test
    void declaresAtLeastOneSourceAndEachOnlyOnce() {
        List<Source> sources = provider.sources();
        assertThat(sources).as("sources() of provider '%s'", provider.id()).isNotEmpty().doesNotContainNull();
        assertThat(sources.stream().map(Source::id).collect(Collectors.toList()))
                .as("source ids of provider '%s'", provider.id()).doesNotHaveDuplicates();
    }

    @Test
    void givesAtLeastOneRoleAndEachOnlyOnce() {
        assertThat(provider.roles()).as("roles() of provider '%s'", provider.id()).isNotEmpty()
                .extracting(RoleProfile::id).doesNotHaveDuplicates();
    }

    @Test
    void everyStatisticCarriesProvenanceFromADeclaredSource() {
        List<Source> declared = provider.sources();
        for (RoleProfile role : provider.roles()) {
            for (Sourced<?> fact : role.facts()) {
                assertThat(fact).hasProvenanceFromOneOf(declared).hasNoProviderIdOrIs(provider.id());
            }
        }
    }

    @Test
    void everyWorkFactorItRatesIsStandardOrDeclared() {
        Set<FactorId> known = new HashSet<>();
        WorkFactors.standard().forEach(f -> known.add(f.id()));
        provider.factors().forEach(f -> known.add(f.id()));
        otherProviders().forEach(p -> p.factors().forEach(f -> known.add(f.id())));
        for (RoleProfile role : provider.roles()) {
            assertThat(role.factors()).as("factors of role '%s'", role.id())
                    .extracting(s -> s.value().factor()).allSatisfy(id -> assertThat(known).contains(id));
        }
    }

    @Test
    void extraWorkFactorsDoNotRedefineStandardOnes() {
        for (WorkFactor f : provider.factors()) {
            WorkFactors.standard(f.id()).ifPresent(standard ->
                    assertThat(f).as("factor '%s' redefines a standard factor", f.id()).isEqualTo(standard));
        }
    }

    @Test
    void factorIntensitiesAreOnTheOneToFiveScale() {
        for (RoleProfile role : provider.roles()) {
            assertThat(role.factors()).extracting(Sourced::value).allSatisfy(e -> assertThat(e.intensity())
                    .isBetween(FactorExposure.MIN_INTENSITY, FactorExposure.MAX_INTENSITY));
        }
    }

    @Test
    void answersTheSameOnEveryCall() {
        assertThat(provider.id()).isEqualTo(provider.id());
        assertThat(provider.sources()).isEqualTo(provider.sources());
        assertThat(provider.roles()).isEqualTo(provider.roles());
        assertThat(provider.factors()).isEqualTo(provider.factors());
        CareerDataProvider second = provider();
        assertThat(second.roles()).as("a second instance of provider '%s'", provider.id())
                .isEqualTo(provider.roles());
    }

    @Test
    void loadsIntoAStrictCatalogWithoutFailuresOrWarnings() {
        CareerCatalog.Builder builder = CareerCatalog.builder().discoverProviders(false).strict(true)
                .addProvider(provider);
        otherProviders().forEach(builder::addProvider);
        assertThatCode(builder::build).as("strict catalog with provider '%s'", provider.id())
                .doesNotThrowAnyException();
        CareerCatalog catalog = builder.build();
        assertThat(catalog.failures()).extracting(ProviderFailure::describe).isEmpty();
        assertThat(catalog.warnings()).as("catalog warnings").filteredOn(w -> !w.contains("names related role"))
                .isEmpty();
    }

    @Test
    void isDiscoverableWithServiceLoaderOrADocumentRegistration() {
        CareerCatalog catalog = CareerCatalog.builder().build();
        assertThat(catalog.providers()).as("providers found on the class path")
                .anySatisfy(p -> assertThat(p.id()).isEqualTo(provider.id()));
    }
}
