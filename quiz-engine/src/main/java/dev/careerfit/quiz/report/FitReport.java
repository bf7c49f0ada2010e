package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How well one role fits one person: the headline (the score with its interval, band, and place among all roles;
 * the verdict in one sentence; answer patterns and notes), readiness (skills and preparation, apart from the fit),
 * and, apart, the {@linkplain #explanation() explanation} (every dimension with the role's sourced level, the
 * reasons for and against, deal-breakers, what would change the result). Serializes to JSON in the documented
 * shape {@value #FORMAT} (docs/formats.md); the method is in docs/scoring.md.
 *
 * @param format      always {@value #FORMAT}
 * @param bank        the question bank's id
 * @param bankVersion the question bank's version
 * @param role        the role
 * @param roleTitle   its title
 * @param estimate    score, interval, band, rank and percentile among all scored roles
 * @param coverage    the share of people whose true score the interval covers, under the stated noise model (0.9)
 * @param verdict     the result in one sentence, worded from the numbers shown
 * @param flags       answer patterns found; those that withhold a verdict leave {@code band} empty
 * @param notes       what the reader should know: unmeasured families, defaulted weights, answers to questions no
 *                    longer asked
 * @param readiness   skills and preparation, apart from the score
 * @param explanation why: dimensions, reasons, deal-breakers, what would change
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record FitReport(String format, String bank, String bankVersion, RoleId role, String roleTitle,
                        FitEstimate estimate, double coverage, String verdict, List<ResponseFlag> flags,
                        List<String> notes, Readiness readiness, FitExplanation explanation) {
    /** The shape and version of a serialized report. */
    public static final String FORMAT = "careerfit-fit-report/4";

    public FitReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(explanation, "explanation");
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }

    public FitStatus status() {
        return estimate.status();
    }

    /** The score, 0 to 100, or {@code null} without one. */
    public Double score() {
        return estimate.score();
    }

    public FitInterval interval() {
        return estimate.interval();
    }

    /** The role's rank among every scored role, 1 for the best, or {@code null} without a score. */
    public Integer rank() {
        return estimate.rank();
    }

    /** The band, if the interval and the answer patterns support one. */
    public Optional<Band> settledBand() {
        return Optional.ofNullable(estimate.band());
    }

    /** The band in words: "strong", or "between good and mixed" when the interval spans several. */
    public String bandDescription() {
        return ReportText.bands(estimate.band(), estimate.bands());
    }

    /** The report as plain text for people. */
    public String toText() {
        return ReportText.render(this);
    }
}
