package dev.careerfit.spi;

import dev.careerfit.Api;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A source of career data: the roles it knows about, the facts it has about them, and where those
 * facts come from. Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.careerfit.spi.CareerDataProvider} and, on the module path, declare
 * {@code provides dev.careerfit.spi.CareerDataProvider with ...} in {@code module-info.java}.
 *
 * <p>A provider describes itself cheaply and hands over its data only when asked. {@link #id()},
 * {@link #name()}, {@link #description()}, {@link #priority()}, {@link #sources()} and
 * {@link #factors()} must answer without reading the provider's role data: the catalog asks every
 * provider for its id to apply include and exclude filters, and an excluded provider is never
 * {@linkplain #open(ProviderContext) opened}.
 *
 * <p>Two ways to hand over data:
 * <ul>
 *   <li>a small provider overrides {@link #roles()} and returns its profiles; the catalog holds them
 *       as they are;</li>
 *   <li>a large one overrides {@link #open(ProviderContext)} and returns a {@link RoleDataSet}: an index
 *       of its roles up front and each role's facts when the catalog first asks for that role, read
 *       from a compact form. The national O*NET and BLS providers work this way.</li>
 * </ul>
 *
 * <p>The interface only ever grows by default methods. Implementations need a public no-argument
 * constructor and must be safe to call from several threads; the catalog opens each provider at most
 * once per catalog.
 *
 * <p>A provider that only holds data can instead ship a JSON or YAML document; see
 * {@code careerfit-provider-document} and {@code docs/providers.md}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public interface CareerDataProvider {

    /**
     * Orders providers: higher {@link #priority()} first, then by {@link #id()}. The one ordering rule
     * of careerfit; the catalog and every report use it.
     */
    Comparator<CareerDataProvider> ORDER = Comparator.comparingInt(CareerDataProvider::priority).reversed()
            .thenComparing(CareerDataProvider::id);

    /**
     * Unique, stable id: lower-case letters and digits separated by {@code -} or {@code .}, e.g.
     * {@code bls-oews}. Two providers with the same id are an error. Must not read the provider's data.
     */
    String id();

    /** The sources this provider's facts come from. Every fact's provenance must name one of them. */
    List<Source> sources();

    /**
     * What this provider says about each role it knows: the simple way to hand over data, for
     * providers small enough to hold every profile in memory. Not called when {@link #open} is
     * overridden. Empty by default.
     */
    default List<RoleProfile> roles() {
        return List.of();
    }

    /**
     * The provider's data, opened once per catalog after the include and exclude filters, with the
     * settings the catalog was built with. The default holds {@link #roles()} as they are.
     *
     * @param context the catalog's settings for this provider (a release folder to read, say)
     */
    default RoleDataSet open(ProviderContext context) {
        return RoleDataSet.of(roles());
    }

    /** Display name; defaults to the id. */
    default String name() {
        return id();
    }

    /** One or two sentences on what this provider holds. */
    default Optional<String> description() {
        return Optional.empty();
    }

    /**
     * Higher runs first in listings and wins ties in conflict resolution; 0 by default. The built-in
     * providers use 100 for official statistics down to 10 for editorial guides.
     */
    default int priority() {
        return 0;
    }

    /** Work factors this provider introduces beyond {@link dev.careerfit.factor.WorkFactors#standard()}. */
    default List<WorkFactor> factors() {
        return List.of();
    }
}
