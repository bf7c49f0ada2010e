package dev.careerfit.quiz.report;

import dev.careerfit.Api;

/**
 * Readiness for a role, apart from how well it fits: skills against the role's, and preparation.
 *
 * @param skills      self-rated skills against the role's requirements
 * @param preparation education, experience and the way in
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record Readiness(SkillReadiness skills, Preparation preparation) {}
