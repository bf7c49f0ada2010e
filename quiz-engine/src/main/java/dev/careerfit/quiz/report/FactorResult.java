package dev.careerfit.quiz.report;

import dev.careerfit.factor.FactorId;

/**
 * How one work factor of a role came out for a person: their attitude, its weight and the part it
 * plays in the score.
 *
 * @param factor       the factor
 * @param name         its display name
 * @param status       whether the attitude is known well enough to count
 * @param attitude     mean item score, -1 (dislikes) to 1 (likes); {@code null} unless scored
 * @param low          lower end of the attitude's interval, -1 when unknown
 * @param high         upper end of the attitude's interval, 1 when unknown
 * @param answered     agreement questions answered (not "not sure", not skipped)
 * @param questions    agreement questions the bank has on the factor
 * @param importance   the importance answer, 1 to 5, or {@code null} when not given
 * @param weight       (importance - 1) / 4, or the default when not given
 * @param intensity    how much the role has of it, 1 to 5 (the catalog's chosen value)
 * @param exposure     intensity mapped to 0..1: (intensity - 1) / 4
 * @param contribution points this factor adds to (or takes from) 50; {@code null} unless scored
 * @since 0.1
 */
public record FactorResult(FactorId factor, String name, FactorStatus status, Double attitude, double low, double high,
                           int answered, int questions, Integer importance, double weight, double intensity,
                           double exposure, Double contribution) {}
