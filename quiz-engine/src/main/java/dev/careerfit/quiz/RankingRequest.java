package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.role.RoleId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link FitScorer#rank ranking} should hold: how many roles, which roles, which families of dimensions
 * count, and whether roles with a deal-breaker are left out. Ranks and percentiles are always among every scored
 * role of the catalog, whichever roles are listed. Immutable.
 *
 * <pre>{@code
 * scorer.rank(person, RankingRequest.top(10));                                   // the ten best
 * scorer.rank(person, RankingRequest.builder().roles(RoleId.of("15-2051.00"), RoleId.of("ml-engineer")).build());
 * scorer.rank(person, RankingRequest.builder().limit(20).families(DimensionFamilies.INTEREST)
 *         .withoutDealBreakers().build());                                        // interests alone, no deal-breakers
 * }</pre>
 *
 * @param limit               how many roles at most, best first (at least 1; {@link Integer#MAX_VALUE} for all)
 * @param roles               the roles to list; empty for every role
 * @param families            the families that count in the fit; empty for all of them
 * @param withoutDealBreakers whether roles with any of the person's deal-breakers are left out (a note says how
 *                            many)
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public record RankingRequest(int limit, Set<RoleId> roles, Set<DimensionFamily> families,
                             boolean withoutDealBreakers) {
    private static final RankingRequest ALL = new RankingRequest(Integer.MAX_VALUE, Set.of(), Set.of(), false);

    public RankingRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        roles = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(roles, "roles")));
        families = Set.copyOf(Objects.requireNonNull(families, "families"));
    }

    /** The {@code limit} best-fitting roles of the catalog. */
    public static RankingRequest top(int limit) {
        return new RankingRequest(limit, Set.of(), Set.of(), false);
    }

    /** Every role of the catalog, best first. */
    public static RankingRequest all() {
        return ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RankingRequest}; by default every role, every family, deal-breakers kept. */
    @Api(Api.Status.EXPERIMENTAL)
    public static final class Builder {
        private int limit = Integer.MAX_VALUE;
        private final Set<RoleId> roles = new LinkedHashSet<>();
        private final Set<DimensionFamily> families = new LinkedHashSet<>();
        private boolean withoutDealBreakers;

        private Builder() {}

        /** At most this many roles, best first. */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /** Only these roles (their ranks stay those among every role). */
        public Builder roles(RoleId... ids) {
            return roles(List.of(ids));
        }

        public Builder roles(Collection<RoleId> ids) {
            ids.forEach(id -> roles.add(Objects.requireNonNull(id, "role")));
            return this;
        }

        /** Only these families count in the fit (say, interests alone). */
        public Builder families(DimensionFamily... values) {
            families.addAll(List.of(values));
            return this;
        }

        /** Leave out roles with any of the person's deal-breakers; their ranks stay as among all. */
        public Builder withoutDealBreakers() {
            this.withoutDealBreakers = true;
            return this;
        }

        /** @throws IllegalArgumentException when the limit is below 1 */
        public RankingRequest build() {
            return new RankingRequest(limit, roles, families, withoutDealBreakers);
        }
    }
}
