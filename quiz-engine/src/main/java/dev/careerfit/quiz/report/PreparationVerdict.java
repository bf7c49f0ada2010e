package dev.careerfit.quiz.report;

import dev.careerfit.Api;

/**
 * Whether the person's education (and the years they will study) reach what a role asks at entry.
 *
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public enum PreparationVerdict {
    /** The person already holds the education the role usually asks. */
    READY,
    /** Not yet, but the years of study needed are within what the person will invest. */
    WITHIN_PLAN,
    /** The years needed are more than the person will invest. */
    BEYOND_PLAN,
    /** The person did not say what they hold, or the role's entry education is not known. */
    UNKNOWN
}
