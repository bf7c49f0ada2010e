package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A neighbouring role and how it relates, e.g. {@code data-scientist}: "designs the models an ML
 * engineer puts into production", or an O*NET related occupation with its relatedness tier.
 *
 * @param role     the related role
 * @param relation how the two relate, in plain words, or {@code null}
 * @param tier     the publisher's relatedness tier, e.g. O*NET's {@code Primary-Short}, or {@code null}
 * @param rank     the publisher's rank within its list, 1 for the closest, or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record RelatedRole(RoleId role, String relation, String tier, Integer rank) {
    public RelatedRole {
        Checks.notNull(role, "role");
        relation = Checks.optionalText(relation);
        tier = Checks.optionalText(tier);
        if (rank != null && rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more, was " + rank);
        }
    }

    /** A neighbour described in words. */
    public RelatedRole(RoleId role, String relation) {
        this(role, relation, null, null);
    }
}
