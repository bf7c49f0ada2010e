package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.LevelInput;

/**
 * A skill the person rates below what the role needs.
 *
 * @param skill    the skill's name
 * @param required the proficiency the role needs, 0 (none) to 4 (expert)
 * @param self     the person's self-rating, 0 to 4
 * @param weight   how much the skill matters to the role, 0 to 1
 * @param source   the figure the requirement comes from
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SkillGap(String skill, double required, int self, double weight, LevelInput source) {
    /** How far short the person is, in proficiency levels. */
    public double gap() {
        return required - self;
    }
}
