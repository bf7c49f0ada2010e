package dev.careerfit.quiz.report;

import dev.careerfit.Api;

/**
 * Where a person stands on a dimension from their answers: what a summary of "what you want most, what you would
 * rather avoid" lists. The thresholds are {@code ScoringSettings.wantsFrom} (0.75) and {@code avoidsFrom} (-0.5) on
 * the -1..1 item score.
 *
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public enum Stance {
    /** A strong liking: among what the person wants most. */
    WANTS,
    /** Neither strongly wanted nor avoided. */
    NEUTRAL,
    /** A dislike: what the person would rather avoid. */
    AVOIDS
}
