package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A skill a role needs, and how well.
 *
 * @param skill       the skill
 * @param proficiency the proficiency the role requires
 * @param importance  how important the skill is, where rated (O*NET importance 1-5), or {@code null}
 * @param level       the level the role needs on a rated scale (O*NET level 0-7), or {@code null}
 * @param note        the source's own wording or a qualification, or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SkillRequirement(Skill skill, Proficiency proficiency, Rating importance, Rating level, String note) {
    public SkillRequirement {
        Checks.notNull(skill, "skill");
        Checks.notNull(proficiency, "proficiency");
        note = Checks.optionalText(note);
    }

    public static SkillRequirement of(Skill skill, Proficiency proficiency) {
        return new SkillRequirement(skill, proficiency, null, null, null);
    }
}
