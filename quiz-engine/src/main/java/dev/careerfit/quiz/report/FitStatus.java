package dev.careerfit.quiz.report;

import dev.careerfit.Api;

/**
 * Whether a role could be scored for a person who answered enough for a result (with too few answers there is no
 * result at all: the scorer says how many more are needed).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum FitStatus {
    /** Scored: the role has levels on some of what the person answered that compare with other roles. */
    SCORED,
    /**
     * The role has no level on what the person answered that other roles are also rated on, so it cannot be
     * placed among them.
     */
    NO_COMPARABLE_LEVELS
}
