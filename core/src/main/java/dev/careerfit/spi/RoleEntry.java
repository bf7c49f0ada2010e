package dev.careerfit.spi;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.internal.Checks;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Set;

/**
 * One line of a provider's role index: which role (or which occupation code) it has facts for, the
 * title if it defines the role, its codes, and which kinds of fact it holds. Cheap to hold for every
 * role; the facts themselves come from {@link RoleDataSet#profile(RoleEntry)} when asked for.
 *
 * <p>An entry is about a role ({@link #role()}) or about an occupation code ({@link #code()}), never
 * both. Facts published for a code (the BLS publishes for 6-digit SOC codes) apply to every role
 * whose {@linkplain #codes() codes} include it, and their provenance says so.
 *
 * @param role  the role, or {@code null} for an entry about a code
 * @param code  the occupation code, or {@code null} for an entry about a role
 * @param title the role's title when this provider defines it; for an entry about a code, the title the
 *              publisher gives the code; otherwise {@code null}
 * @param codes the role's codes in external classifications; empty for an entry about a code
 * @param kinds the kinds of fact the provider has for it
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record RoleEntry(RoleId role, OccupationCode code, String title, List<OccupationCode> codes,
                        Set<FactKind<?>> kinds) {
    public RoleEntry {
        if ((role == null) == (code == null)) {
            throw new IllegalArgumentException("a role entry is about a role or about an occupation code, not "
                    + (role == null ? "neither" : "both"));
        }
        title = Checks.optionalText(title);
        codes = Checks.list(codes, "codes");
        kinds = Set.copyOf(Checks.notNull(kinds, "kinds"));
    }

    /** An entry about a role. */
    public static RoleEntry forRole(RoleId role, String title, List<OccupationCode> codes, Set<FactKind<?>> kinds) {
        return new RoleEntry(role, null, title, codes, kinds);
    }

    /** An entry about an occupation code, whose facts apply to every role with that code. */
    public static RoleEntry forCode(OccupationCode code, String title, Set<FactKind<?>> kinds) {
        return new RoleEntry(null, code, title, List.of(), kinds);
    }

    /** Whether this provider defines the role (gives its title) rather than only adding facts. */
    public boolean definesRole() {
        return role != null && title != null;
    }

    /** The role or the code, for messages. */
    public String describe() {
        return role != null ? "role '" + role + "'" : code.scheme() + " " + code.code();
    }
}
