package dev.careerfit.quiz.report;

/**
 * Whether a fit could be scored.
 *
 * @since 0.1
 */
public enum FitStatus {
    /** Scored: the person answered enough, and the role has levels on some of it that compare with other roles. */
    SCORED,
    /** Too few answers for any score: no headline from a handful of answers. */
    NOT_ENOUGH_ANSWERS,
    /**
     * The person answered enough, but the role has no level on what they answered that other roles are also
     * rated on, so it cannot be placed among them.
     */
    NO_COMPARABLE_LEVELS
}
