package dev.careerfit.quiz.report;

import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.SkillRequirement;

/**
 * A skill where the person rates themselves below what the role asks.
 *
 * @param requirement the role's requirement, with its provenance
 * @param self        the person's self-rating
 * @param gap         levels short: required level minus own level, 1 to 4
 * @since 0.1
 */
public record SkillGap(Sourced<SkillRequirement> requirement, Proficiency self, int gap) {}
