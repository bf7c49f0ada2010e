package dev.careerfit.education;

import dev.careerfit.Api;

/**
 * How firmly a source says an education level is expected.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum Expectation {
    /** The source says it is required. */
    REQUIRED,
    /** What most people in the role have or most employers ask for. */
    TYPICAL,
    /** Some employers prefer it. */
    PREFERRED,
    /** Not needed, but it helps (pay, prospects). */
    HELPFUL;

    /** Required and typical describe the way in; preferred and helpful describe what is a plus. */
    public boolean describesEntry() {
        return this == REQUIRED || this == TYPICAL;
    }
}
