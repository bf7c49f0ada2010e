package dev.careerfit.factor;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * How strongly a role exhibits a work factor, and how the source frames it.
 *
 * <p>Intensity is on a 1-5 scale: 1 hardly at all, 2 a little, 3 moderately, 4 a lot, 5 a defining
 * feature of the role.
 *
 * @param factor    the work factor
 * @param intensity 1 to 5
 * @param framing   whether the source calls it a pro, a con, or neither
 * @param statement the source's point, in careerfit's words, or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record FactorExposure(FactorId factor, double intensity, Framing framing, String statement) {
    /** Lowest intensity. */
    public static final double MIN_INTENSITY = 1;
    /** Highest intensity. */
    public static final double MAX_INTENSITY = 5;

    public FactorExposure {
        Checks.notNull(factor, "factor");
        Checks.inRange(intensity, MIN_INTENSITY, MAX_INTENSITY, "intensity");
        Checks.notNull(framing, "framing");
        statement = Checks.optionalText(statement);
    }

    public static FactorExposure of(String factor, double intensity, Framing framing, String statement) {
        return new FactorExposure(FactorId.of(factor), intensity, framing, statement);
    }

    /** Intensity mapped to 0 (hardly at all) .. 1 (defining feature). */
    public double normalisedIntensity() {
        return (intensity - MIN_INTENSITY) / (MAX_INTENSITY - MIN_INTENSITY);
    }
}
