package dev.careerfit.factor;

/**
 * How a source presents a work factor of a role: as an advantage, a drawback, or neither.
 *
 * @since 0.1
 */
public enum Framing { PRO, CON, NEUTRAL }
