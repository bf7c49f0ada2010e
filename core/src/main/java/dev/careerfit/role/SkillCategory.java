package dev.careerfit.role;

import dev.careerfit.Api;

/**
 * Broad families of skills, so that gaps can be summarised ("two of your gaps are in maths").
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum SkillCategory {
    PROGRAMMING,
    MATHS_AND_STATISTICS,
    MACHINE_LEARNING,
    DATA_ENGINEERING,
    DATA_ANALYSIS,
    CLOUD,
    SOFTWARE_ENGINEERING,
    PROBLEM_SOLVING,
    COMMUNICATION,
    DOMAIN_KNOWLEDGE,
    /** O*NET's basic and cross-functional skills that fit none of the above (reading, judgement...). */
    GENERAL
}
