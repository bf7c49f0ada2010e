package dev.careerfit.quiz;

import dev.careerfit.role.RoleId;
import java.util.Objects;

/**
 * A role's place in a person's ranking, from the fast path: no interval, reasons or report.
 *
 * @param role  the role
 * @param rank  1 for the best fit
 * @param score 0 to 100
 * @since 0.3
 */
public record RankedRole(RoleId role, int rank, double score) {
    public RankedRole {
        Objects.requireNonNull(role, "role");
    }
}
