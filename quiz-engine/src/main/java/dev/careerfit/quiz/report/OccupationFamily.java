package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;

/**
 * A family of near-twin occupations in a ranking (docs/scoring.md, "Families of occupations"): the SOC 2018 broad
 * occupation its members share (Registered Nurses holds the five nursing occupations O*NET lists there), or a role
 * of its own where the role has no O*NET-SOC code. A ranking leads with distinct families, each with its best
 * occupations.
 *
 * @param id        the SOC broad occupation code ({@code 29-1140}), or the role's id for a family of one
 * @param title     the BLS's title of the broad occupation, or the role's
 * @param rank      1 for the family whose best occupation ranks first
 * @param roles     its best occupations in the ranking's order, best first (at most three, at least one)
 * @param titles    their titles, in the same order
 * @param stability how often the family stays in the top 10 families over simulated retakes of the quiz (0..1,
 *                  docs/scoring.md, "Stability"); {@code null} when no retake was simulated
 * @since 0.6
 */
@Api(Api.Status.EXPERIMENTAL)
public record OccupationFamily(String id, String title, int rank, List<RoleId> roles, List<String> titles,
                               Double stability) {
    public OccupationFamily {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        roles = List.copyOf(roles);
        titles = List.copyOf(titles);
        if (titles.size() != roles.size()) {
            throw new IllegalArgumentException("family '" + id + "' needs one title per role");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("family '" + id + "' needs at least one role");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("family '" + id + "' rank must be at least 1, was " + rank);
        }
        if (stability != null && (stability < 0 || stability > 1)) {
            throw new IllegalArgumentException("family '" + id + "' stability must be within 0..1, was " + stability);
        }
    }
}
