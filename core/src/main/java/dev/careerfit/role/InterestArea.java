package dev.careerfit.role;

/**
 * The six occupational interest areas (Holland's RIASEC), as O*NET rates them for every occupation.
 *
 * @since 0.1
 */
public enum InterestArea { REALISTIC, INVESTIGATIVE, ARTISTIC, SOCIAL, ENTERPRISING, CONVENTIONAL }
