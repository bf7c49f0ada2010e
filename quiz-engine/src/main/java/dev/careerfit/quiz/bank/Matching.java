package dev.careerfit.quiz.bank;

import dev.careerfit.Api;

/**
 * How the fit compares a family's dimensions between a person and a role (docs/scoring.md, "Fit"). A family
 * names one; the engine implements each in one place, so changing how a family is matched is a change to its
 * {@link DimensionFamily#matching()} or to that one implementation.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public enum Matching {
    /**
     * The shape of the person's profile against the role's: each side taken relative to its own mean over the
     * dimensions both have (at least the family's {@linkplain DimensionFamily#minimum() minimum}), divided by the
     * bound n (max - min) / 2 of the family's rating scale, so that liking everything a little more gains
     * nothing and the score stays within 0..100 without clipping. Interests and work values.
     */
    PROFILE,
    /**
     * O*NET's profile correlation: the Pearson correlation of the person's profile with the role's over the
     * dimensions both have (at least the family's {@linkplain DimensionFamily#minimum() minimum}), so only the
     * shape counts, on either side: liking everything more gains nothing, and a role rated high on everything is
     * not preferred to one rated high on the same few. The family adds r, -1..1. Interests (docs/scoring.md,
     * "Fit"). More of a liked dimension can lower a role whose profile already peaks there; the shape wins.
     */
    CORRELATION,
    /**
     * Where the role stands among all roles on each dimension (2P - 1, P the mid-rank percentile of its level)
     * times what the person wants, each dimension weighted by the person's importance answer over the weights of
     * every dimension of the family they answered. What every role has alike does not count. Work factors.
     */
    STANDING,
    /**
     * The role's level as it is, centred on the median of the roles rated, on the one dimension the person's answer
     * selects: a base rate (how many people like them hold the job) whose distances count, not a percentile. A role
     * without a level counts as the median. The preparation family.
     */
    BASE_RATE
}
