package dev.careerfit.quiz.report;

/**
 * How a way into a role compares with the years of study a person is willing to invest.
 *
 * @since 0.1
 */
public enum PathFit {
    /** Even the longest estimate of its required steps fits. */
    WITHIN,
    /** The shortest estimate fits, the longest does not. */
    PARTLY,
    /** Even the shortest estimate takes longer. */
    BEYOND,
    /** The person did not say, or the path gives no durations. */
    UNKNOWN
}
