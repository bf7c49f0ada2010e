package dev.careerfit.quiz.report;

import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Roles ranked by how well they fit one person, best first, with the neighbours the answers cannot
 * separate. Serializes to JSON in the shape {@value #FORMAT}.
 *
 * @param format      always {@value #FORMAT}
 * @param bankVersion the question bank's version
 * @param ranking     the roles, best first; unscored roles last
 * @param tooClose    neighbours in the ranking whose difference is within what the answers allow
 * @since 0.1
 */
public record RoleComparison(String format, String bankVersion, List<FitEstimate> ranking, List<CloseCall> tooClose) {
    /** The shape and version of a serialized comparison. */
    public static final String FORMAT = "careerfit-comparison/1";

    public RoleComparison {
        Objects.requireNonNull(format, "format");
        ranking = List.copyOf(ranking);
        tooClose = List.copyOf(tooClose);
    }

    /** 1-based rank of {@code role}, if it was compared. */
    public Optional<Integer> rankOf(RoleId role) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).role().equals(role)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code a} and {@code b} are neighbours in the ranking that the answers cannot separate. */
    public boolean tooCloseToSeparate(RoleId a, RoleId b) {
        return tooClose.stream().anyMatch(c -> (c.higher().equals(a) && c.lower().equals(b))
                || (c.higher().equals(b) && c.lower().equals(a)));
    }

    /** The comparison as plain text. */
    public String toText() {
        return ReportText.render(this);
    }
}
