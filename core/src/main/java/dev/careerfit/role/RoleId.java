package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Identifies a career role, e.g. {@code ml-engineer}.
 *
 * @param value lower-case letters and digits separated by {@code -} or {@code .}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record RoleId(String value) implements Comparable<RoleId> {
    public RoleId {
        Checks.slug(value, "role id");
    }

    public static RoleId of(String value) {
        return new RoleId(value);
    }

    @Override
    public int compareTo(RoleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
