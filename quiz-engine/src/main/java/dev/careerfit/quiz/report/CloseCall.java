package dev.careerfit.quiz.report;

import dev.careerfit.role.RoleId;

/**
 * Two roles next to each other in a ranking that the answers cannot separate: the interval of the
 * difference of their scores includes zero, or the difference is below the separable difference (2
 * points by default; see docs/scoring.md, "Comparing roles").
 *
 * @param higher     the role ranked higher
 * @param lower      the role ranked just below it
 * @param difference score of {@code higher} minus score of {@code lower}
 * @param interval   where the difference is likely to lie
 * @since 0.1
 */
public record CloseCall(RoleId higher, RoleId lower, double difference, FitInterval interval) {}
