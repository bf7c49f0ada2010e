package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A line of the catalog's role index: what is known about a role without reading its facts. Listing
 * and searching every role costs only these; {@link CareerCatalog#role(RoleId)} gives the whole role.
 *
 * @param id        the role
 * @param title     its title
 * @param codes     its codes in external classifications, e.g. O*NET-SOC {@code 15-2051.00}
 * @param providers the providers with facts about it, in provider order
 * @param kinds     the kinds of fact they hold for it
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record RoleSummary(RoleId id, String title, List<OccupationCode> codes, List<String> providers,
                          Set<FactKind<?>> kinds) {
    public RoleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        codes = List.copyOf(codes);
        providers = List.copyOf(providers);
        // Kinds read from the shipped role index are immutable already, and resolved only when asked for.
        kinds = kinds instanceof KindsById ? kinds : Set.copyOf(kinds);
    }

    /** Whether any provider holds facts of {@code kind} for the role. */
    public boolean has(FactKind<?> kind) {
        return kinds.contains(kind);
    }
}
