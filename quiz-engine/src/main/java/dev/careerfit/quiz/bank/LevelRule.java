package dev.careerfit.quiz.bank;

import dev.careerfit.factor.FactorId;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.WorkValue;

/**
 * Where a role's level on a dimension comes from: exactly one of an O*NET interest area, an O*NET work
 * value, or a work factor (the role's {@code factor} facts, and for occupations without one, the
 * {@link Derivation}).
 *
 * @param interest   the interest area whose rating is the level ({@link DimensionFamily#INTEREST})
 * @param workValue  the work value whose extent is the level ({@link DimensionFamily#WORK_VALUE})
 * @param factor     the work factor whose intensity is the level ({@link DimensionFamily#WORK_FACTOR})
 * @param derivation for a work factor, how an occupation without a stated intensity gets one; may be null
 * @since 0.3
 */
public record LevelRule(InterestArea interest, WorkValue workValue, FactorId factor, Derivation derivation) {
    /** How many of the three sources are set; a valid rule sets exactly one. */
    int sources() {
        return (interest != null ? 1 : 0) + (workValue != null ? 1 : 0) + (factor != null ? 1 : 0);
    }
}
