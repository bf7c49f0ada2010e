package dev.careerfit.quiz.report;

/**
 * What kind of answer a {@link ResultChange} is about.
 *
 * @since 0.1
 */
public enum ChangeKind {
    /** One agreement question. */
    ATTITUDE,
    /** All open agreement questions on a factor that has too few answers to count yet, answered alike. */
    FACTOR,
    /** An importance question. */
    IMPORTANCE
}
