package dev.careerfit.factor;

import dev.careerfit.Api;

/**
 * How a source presents a work factor of a role: as an advantage, a drawback, or neither.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum Framing { PRO, CON, NEUTRAL }
