package dev.careerfit.role;

import dev.careerfit.Api;

/**
 * The six occupational interest areas (Holland's RIASEC), as O*NET rates them for every occupation.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum InterestArea { REALISTIC, INVESTIGATIVE, ARTISTIC, SOCIAL, ENTERPRISING, CONVENTIONAL }
