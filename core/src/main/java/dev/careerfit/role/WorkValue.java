package dev.careerfit.role;

/**
 * The six work values O*NET rates for every occupation.
 *
 * @since 0.1
 */
public enum WorkValue { ACHIEVEMENT, WORKING_CONDITIONS, RECOGNITION, RELATIONSHIPS, SUPPORT, INDEPENDENCE }
