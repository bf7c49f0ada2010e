package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A skill a role calls for.
 *
 * @param id          stable id, shared by every provider that means the same skill
 * @param name        display name, e.g. "Python"
 * @param category    the family it belongs to
 * @param description what it covers, or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Skill(SkillId id, String name, SkillCategory category, String description) {
    public Skill {
        Checks.notNull(id, "id");
        name = Checks.notBlank(name, "name");
        Checks.notNull(category, "category");
        description = Checks.optionalText(description);
    }

    public static Skill of(String id, String name, SkillCategory category) {
        return new Skill(SkillId.of(id), name, category, null);
    }
}
