package dev.careerfit.factor;

import dev.careerfit.internal.Checks;

/**
 * Identifies a work factor, e.g. {@code maths-intensity}.
 *
 * @since 0.1
 */
public record FactorId(String value) implements Comparable<FactorId> {
    public FactorId {
        Checks.slug(value, "factor id");
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
