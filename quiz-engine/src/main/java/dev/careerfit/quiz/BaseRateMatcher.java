package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Matching;

/**
 * {@link Matching#BASE_RATE}: the role's level itself, centred on the median of the roles rated, on the dimensions
 * the person's answer selects (docs/scoring.md, "Preparation"):
 * <pre>
 * gamma_d = y_d - median of y_d over the roles with a level     (the person's side is +1 on the one selected)
 * </pre>
 * Unlike {@link Matching#STANDING} the level counts as it is, not as a percentile: a log count of people keeps the
 * distances between common and rare jobs that the real-people check measured (docs/validity.md). No importance, no
 * deal-breakers; a role without a level counts as the median.
 */
final class BaseRateMatcher extends Matcher {
    static final BaseRateMatcher INSTANCE = new BaseRateMatcher();

    private BaseRateMatcher() {}

    /** The level's own units: the person's side is +1 and the level counts as it is. */
    @Override
    double bound(ScoringIndex index, int f) {
        return 1;
    }

    @Override
    void compare(ScoringIndex index, int role, int f) {
        for (int d : index.members[f]) {
            double y = index.level[role][d];
            index.compared[role][d] = Double.isNaN(y) ? 0 : y - index.median[d];
        }
    }

    @Override
    void dense(ScoringIndex index, int role, int f) {
        StandingMatcher.INSTANCE.dense(index, role, f);
    }

    @Override
    boolean active(Respondent person, int f) {
        return StandingMatcher.INSTANCE.active(person, f);
    }

    @Override
    double vector(Respondent person, int d, int f) {
        return StandingMatcher.INSTANCE.vector(person, d, f);
    }

    @Override
    boolean coefficients(Respondent person, int role, int f, double[] gamma) {
        return StandingMatcher.INSTANCE.coefficients(person, role, f, gamma);
    }

    @Override
    boolean scorable(Respondent person, int role, int f) {
        return StandingMatcher.INSTANCE.scorable(person, role, f);
    }

    @Override
    boolean fast(Respondent person, int role, int f) {
        return true;
    }

    @Override
    void screen(Respondent person, int f, boolean[] fast, boolean[] scorable) {
        StandingMatcher.INSTANCE.screen(person, f, fast, scorable);
    }

    @Override
    double reference(Fit fit, int d) {
        return 0;
    }

    @Override
    double effect(Respondent person, int role, int d, int f) {
        return person.index.compared[role][d];
    }

    @Override
    double potential(Respondent person, int role, int d, int f) {
        return person.index.compared[role][d];
    }
}
