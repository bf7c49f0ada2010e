package dev.careerfit.spi;

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
 * <p>Three methods are required; everything else has a default, and the interface only ever grows
 * by default methods. Implementations need a public no-argument constructor, must be safe to call
 * from several threads, and should return the same data on every call: the catalog calls each
 * method once while it loads.
 *
 * <p>A provider that only holds data can instead ship a JSON or YAML document; see
 * {@code careerfit-provider-document} and {@code docs/providers.md}.
 *
 * @since 0.1
 */
public interface CareerDataProvider {

    /**
     * Orders providers: higher {@link #priority()} first, then by {@link #id()}. The one ordering rule
     * of careerfit; the catalog and every report use it.
     */
    Comparator<CareerDataProvider> ORDER = Comparator.comparingInt(CareerDataProvider::priority).reversed()
            .thenComparing(CareerDataProvider::id);

    /**
     * Unique, stable id: lower-case letters and digits separated by {@code -} or {@code .}, e.g.
     * {@code bls}. Two providers with the same id are an error.
     */
    String id();

    /** The sources this provider's facts come from. Every fact's provenance must name one of them. */
    List<Source> sources();

    /** What this provider says about each role it knows. */
    List<RoleProfile> roles();

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
