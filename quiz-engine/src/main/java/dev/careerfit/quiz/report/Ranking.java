package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Roles ranked by fit for one person (what {@code FitScorer.rank} gives): each role's score, interval, band,
 * rank and percentile among every scored role; which neighbours are too close to call; the person's side; and
 * the notes a reader needs. Serializes to JSON in the shape {@value #FORMAT} (docs/formats.md).
 *
 * @param format      always {@value #FORMAT}
 * @param bankVersion the question bank's version
 * @param scored      how many roles were scored (ranks and percentiles are among these)
 * @param coverage    the interval's stated coverage
 * @param flags       answer patterns found
 * @param profile     the person's side: every dimension they answered
 * @param roles       the roles, best first (all of them, or those the request asked for)
 * @param tooClose    neighbours in {@code roles} whose difference could be zero: each pair's interval of the
 *                    difference holds zero (the engine lists no other)
 * @param notes       what the reader should know
 * @param families    the distinct families of near-twin occupations of {@code roles}, in the order of their best
 *                    occupation: what a result leads with (since 0.6). Empty when the answers withhold the verdict
 *                    (a {@link ResponseFlag} that {@linkplain ResponseFlag#withholdsVerdict() withholds} it): then
 *                    {@code roles} is empty too, and the notes say what can be said
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public record Ranking(String format, String bankVersion, int scored, double coverage, List<ResponseFlag> flags,
                      List<DimensionScore> profile, List<FitEstimate> roles, List<CloseCall> tooClose,
                      List<String> notes, List<OccupationFamily> families) {
    public static final String FORMAT = "careerfit-ranking/1";

    public Ranking {
        Objects.requireNonNull(format, "format");
        flags = List.copyOf(flags);
        profile = List.copyOf(profile);
        roles = List.copyOf(roles);
        tooClose = List.copyOf(tooClose);
        notes = List.copyOf(notes);
        families = List.copyOf(families);
    }

    /** A ranking without families (the shape before 0.6). */
    public Ranking(String format, String bankVersion, int scored, double coverage, List<ResponseFlag> flags,
                   List<DimensionScore> profile, List<FitEstimate> roles, List<CloseCall> tooClose,
                   List<String> notes) {
        this(format, bankVersion, scored, coverage, flags, profile, roles, tooClose, notes, List.of());
    }

    /** The role's entry, if it is in the ranking. */
    public Optional<FitEstimate> role(RoleId role) {
        return roles.stream().filter(e -> e.role().equals(role)).findFirst();
    }

    /** The role's rank, 1 for the best, if it is in the ranking and scored. */
    public Optional<Integer> rankOf(RoleId role) {
        return role(role).map(FitEstimate::rank);
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
