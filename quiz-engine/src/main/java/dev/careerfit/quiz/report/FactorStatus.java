package dev.careerfit.quiz.report;

/**
 * Whether a person's attitude to a work factor is known well enough to count.
 *
 * @since 0.1
 */
public enum FactorStatus {
    /** Enough of its questions were answered (by default two). */
    SCORED,
    /** Too few answers; "not sure" and skipped questions do not count. The factor widens the interval. */
    NOT_ENOUGH_ANSWERS,
    /** The question bank has no questions on it; it widens the interval and is listed in the notes. */
    NO_QUESTIONS
}
