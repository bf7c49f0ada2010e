package dev.careerfit.quiz.report;

import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Roles ranked by fit for one person, saying which neighbours are too close to call. Serializes to
 * JSON in the shape {@value #FORMAT}.
 *
 * @param format      always {@value #FORMAT}
 * @param bankVersion the question bank's version
 * @param scored      how many roles were scored (ranks and percentiles are among these)
 * @param coverage    the interval's stated coverage
 * @param flags       answer patterns found
 * @param profile     the person's side: every dimension they answered
 * @param ranking     the roles, best first (all of them, or the first N asked for)
 * @param tooClose    neighbours in {@code ranking} whose difference could be zero
 * @param notes       what the reader should know
 * @since 0.1
 */
public record RoleComparison(String format, String bankVersion, int scored, double coverage, List<ResponseFlag> flags,
                             List<DimensionScore> profile, List<FitEstimate> ranking, List<CloseCall> tooClose,
                             List<String> notes) {
    public static final String FORMAT = "careerfit-comparison/2";

    public RoleComparison {
        Objects.requireNonNull(format, "format");
        flags = List.copyOf(flags);
        profile = List.copyOf(profile);
        ranking = List.copyOf(ranking);
        tooClose = List.copyOf(tooClose);
        notes = List.copyOf(notes);
    }

    /** The role's rank, 1 for the best, if it is in the ranking. */
    public Optional<Integer> rankOf(RoleId role) {
        return ranking.stream().filter(e -> e.role().equals(role)).findFirst().map(FitEstimate::rank);
    }

    /** Whether {@code a} and {@code b} are neighbours too close to call. */
    public boolean tooCloseToSeparate(RoleId a, RoleId b) {
        return tooClose.stream().anyMatch(c -> (c.higher().equals(a) && c.lower().equals(b))
                || (c.higher().equals(b) && c.lower().equals(a)));
    }

    public String toText() {
        return ReportText.render(this);
    }
}
