package dev.careerfit.role;

import dev.careerfit.Api;

/**
 * The six work values O*NET rates for every occupation.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum WorkValue { ACHIEVEMENT, WORKING_CONDITIONS, RECOGNITION, RELATIONSHIPS, SUPPORT, INDEPENDENCE }
