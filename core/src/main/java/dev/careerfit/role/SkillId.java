package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Identifies a skill, e.g. {@code python} or {@code onet.2.a.1.a}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SkillId(String value) implements Comparable<SkillId> {
    public SkillId {
        Checks.slug(value, "skill id");
    }

    public static SkillId of(String value) {
        return new SkillId(value);
    }

    @Override
    public int compareTo(SkillId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
