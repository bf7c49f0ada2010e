package dev.careerfit.quiz.bank;

import dev.careerfit.Api;

/**
 * Which way an agreement item points. Agreeing with a {@link #POSITIVE} item means liking its factor;
 * agreeing with a {@link #REVERSE} item means disliking it, so its answer x is scored as 6 - x.
 * Mixing the two keeps people who agree with everything from looking keen on everything.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum Keying { POSITIVE, REVERSE }
