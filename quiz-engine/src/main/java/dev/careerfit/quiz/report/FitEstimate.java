package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;

/**
 * A role's score for one person, without the explanation: what a ranking lists.
 *
 * @param role         the role
 * @param title        its title
 * @param status       whether a score could be given
 * @param score        0 to 100, or {@code null} when {@link FitStatus#NO_COMPARABLE_LEVELS}
 * @param interval     where the score is likely to lie, with the coverage the report states
 * @param band         the band when the whole interval lies in one and no answer pattern withholds the
 *                     verdict, otherwise {@code null}
 * @param bands        the bands the interval spans, best first
 * @param rank         1 for the best-fitting role; {@code null} without a score
 * @param percentile   share of scored roles that fit less well, 0 to 100; {@code null} without a score
 * @param dealBreakers the person's deal-breakers this role has
 * @param family       the id of the role's {@linkplain OccupationFamily family} of near-twin occupations (since 0.6;
 *                     {@code null} when not known)
 * @param views        the guides' roles seen as this occupation (linked to it): they are not ranked beside it, their
 *                     facts are shown with it (since 0.6)
 * @param stability    how often the role stays in the top 10 over simulated retakes of the quiz (0..1,
 *                     docs/scoring.md, "Stability"; since 0.6); {@code null} when no retake was simulated
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record FitEstimate(RoleId role, String title, FitStatus status, Double score, FitInterval interval, Band band,
                          List<Band> bands, Integer rank, Double percentile, List<DimensionId> dealBreakers,
                          String family, List<RoleId> views, Double stability) {
    public FitEstimate {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(interval, "interval");
        bands = List.copyOf(bands);
        dealBreakers = List.copyOf(dealBreakers);
        views = List.copyOf(views);
    }

    /** An estimate without family, views or stability (the shape before 0.6). */
    public FitEstimate(RoleId role, String title, FitStatus status, Double score, FitInterval interval, Band band,
                       List<Band> bands, Integer rank, Double percentile, List<DimensionId> dealBreakers) {
        this(role, title, status, score, interval, band, bands, rank, percentile, dealBreakers, null, List.of(), null);
    }

    /** The same estimate with its stability over simulated retakes. */
    public FitEstimate withStability(Double value) {
        return new FitEstimate(role, title, status, score, interval, band, bands, rank, percentile, dealBreakers,
                family, views, value);
    }
}
