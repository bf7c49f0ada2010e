package dev.careerfit.role;

import dev.careerfit.internal.Checks;

/**
 * A neighbouring role and how it relates, e.g. {@code data-scientist}: "designs the models an ML
 * engineer puts into production".
 *
 * @param role     the related role
 * @param relation how the two relate, in plain words, or {@code null}
 * @since 0.1
 */
public record RelatedRole(RoleId role, String relation) {
    public RelatedRole {
        Checks.notNull(role, "role");
        relation = Checks.optionalText(relation);
    }
}
