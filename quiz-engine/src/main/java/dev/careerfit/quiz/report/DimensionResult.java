package dev.careerfit.quiz.report;

import dev.careerfit.Api;

/**
 * One dimension of a role's fit: the person's side, the role's level with its sources, and the points
 * it adds to or takes from the score.
 *
 * @param person       what the person's answers say on it
 * @param level        the role's level and where it comes from, or {@code null} when the role has none
 * @param contribution points added to (or, negative, taken from) 50; {@code null} when it does not count
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record DimensionResult(DimensionScore person, DimensionLevel level, Double contribution) {}
