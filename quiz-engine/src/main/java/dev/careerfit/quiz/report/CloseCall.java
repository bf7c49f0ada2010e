package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.role.RoleId;

/**
 * Two roles next to each other in a ranking that the answers cannot separate: the interval of the
 * difference of their scores, at the coverage the scores' intervals state, includes zero (docs/scoring.md,
 * "Normative reading, bands and close calls"). The interval is rounded outwards, so it visibly holds zero.
 *
 * @param higher     the role ranked higher
 * @param lower      the role ranked just below it
 * @param difference score of {@code higher} minus score of {@code lower}
 * @param interval   where the difference is likely to lie
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record CloseCall(RoleId higher, RoleId lower, double difference, FitInterval interval) {}
