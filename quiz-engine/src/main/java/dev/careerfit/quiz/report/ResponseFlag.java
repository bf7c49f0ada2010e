package dev.careerfit.quiz.report;

import dev.careerfit.Api;

/**
 * An answer pattern that says more about how the questions were answered than about the person
 * (docs/scoring.md, "Response style"). Every flag except {@link #AGREEMENT_BIAS} withholds the verdict: a ranking
 * then lists no roles (only what can be said: the flags and the person's answers), and a report on one role gives
 * its numbers with no band and no "best fit" claim.
 *
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public enum ResponseFlag {
    /** Every answer the same: all agree, all disagree, all neutral. */
    FLAT("every answer is the same", true),
    /** Nearly every answer (85% or more) the same. */
    NEAR_CONSTANT("nearly every answer is the same", true),
    /** Answers swinging back and forth between two values in turn. */
    ALTERNATING("the answers alternate between two values", true),
    /**
     * The work activities disagree with themselves: the odd- and the even-numbered activities of each interest area
     * give different profiles (split-half consistency below {@code ScoringSettings.consistencyFloor()}), as uniformly random answers, cycles and careless
     * answering do (docs/validity.md, "Response styles").
     */
    INCONSISTENT("the work activities of each area were answered unlike one another: odd- and even-numbered "
            + "activities give different profiles", true),
    /** Agreeing with statements and with their opposites on the same factors. */
    CONTRADICTORY("statements and their opposites were both agreed (or both disagreed) with", true),
    /** A strong lean to agree (or disagree) whatever the statement; measured and corrected. */
    AGREEMENT_BIAS("a strong lean to agree or disagree whatever the statement; corrected", false);

    private final String description;
    private final boolean withholdsVerdict;

    ResponseFlag(String description, boolean withholdsVerdict) {
        this.description = description;
        this.withholdsVerdict = withholdsVerdict;
    }

    /** What the pattern is, in words. */
    public String description() {
        return description;
    }

    /** Whether the report gives no band and no verdict while this flag stands. */
    public boolean withholdsVerdict() {
        return withholdsVerdict;
    }
}
