package dev.careerfit.factor;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Identifies a work factor, e.g. {@code maths-intensity}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record FactorId(String value) implements Comparable<FactorId> {
    public FactorId {
        Checks.slug(value, "factor id");
    }

    /** Whether {@code value} is a valid factor id: lower-case letters and digits separated by '-' or '.'. */
    public static boolean isValid(String value) {
        return Checks.isSlug(value);
    }

    public static FactorId of(String value) {
        return new FactorId(value);
    }

    @Override
    public int compareTo(FactorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
