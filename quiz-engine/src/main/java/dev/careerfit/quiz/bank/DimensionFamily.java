package dev.careerfit.quiz.bank;

/**
 * The families of scoring dimensions. Each family is compared with an occupation in its own way and
 * gives one part of the fit (docs/scoring.md).
 *
 * @since 0.3
 */
public enum DimensionFamily {
    /** The six RIASEC interest areas; an occupation's level is its O*NET interest rating. */
    INTEREST("interests"),
    /** The six O*NET work values; an occupation's level is O*NET's extent rating. */
    WORK_VALUE("work values"),
    /** Pros and cons of the work (pay, demand, maths, pressure...); levels from guides or derived from releases. */
    WORK_FACTOR("pros and cons");

    private final String label;

    DimensionFamily(String label) {
        this.label = label;
    }

    /** The family's name in a sentence: "interests", "work values", "pros and cons". */
    public String label() {
        return label;
    }
}
