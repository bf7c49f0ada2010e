package dev.careerfit.quiz.report;

/**
 * Whether a fit could be scored.
 *
 * @since 0.1
 */
public enum FitStatus {
    /** At least one factor the role has was answered well enough to count. */
    SCORED,
    /** No factor the role has (with a weight above zero) has enough answers; only the interval is given. */
    NOT_ENOUGH_ANSWERS
}
