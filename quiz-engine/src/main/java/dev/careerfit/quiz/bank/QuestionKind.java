package dev.careerfit.quiz.bank;

import dev.careerfit.Api;

/**
 * What a question asks, and so how its answer is used (docs/scoring.md).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum QuestionKind {
    /** A work activity, answered on the five-point liking scale; measures one interest area. */
    INTEREST,
    /**
     * A forced choice between two work values, answered on the five-point preference scale (1: much more
     * the first, 5: much more the second). Choosing cannot be gamed by agreeing with everything.
     */
    VALUE_CHOICE,
    /** A statement about a work factor, answered on the five-point agree-disagree scale; scored for attitude. */
    AGREEMENT,
    /** How much a work factor matters to the person, on the five-point importance scale; sets its weight. */
    IMPORTANCE,
    /** A self-rating of one skill on the proficiency levels; generated from the catalog, never written by hand. */
    SKILL_RATING,
    /** The highest education the person holds; option values are O*NET education categories 1 to 12. */
    EDUCATION_HELD,
    /** How many more years of study the person is willing to invest; option values are years. */
    STUDY_YEARS,
    /** Years of related work experience the person has; option values are years. */
    EXPERIENCE_YEARS;

    /** Whether answers to this kind measure a dimension (and so enter the fit score). */
    public boolean measures() {
        return this == INTEREST || this == VALUE_CHOICE || this == AGREEMENT;
    }

    /**
     * Whether a {@link DimensionFamily} can be measured by this kind: the kinds that {@link #measures() measure} a
     * dimension, and {@link #EDUCATION_HELD}, whose one answer selects one of a family's dimensions (the preparation
     * family: the people with that education).
     */
    public boolean measuresFamily() {
        return measures() || this == EDUCATION_HELD;
    }
}
