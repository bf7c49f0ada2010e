package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Matching;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.Arrays;

/**
 * {@link Matching#STANDING}: what the person wants against where the role stands among all roles
 * (docs/scoring.md, "Fit"):
 * <pre>
 * gamma_d = w_d (2 P_d - 1) / sum of w over the family's dimensions the person answered
 * </pre>
 * with P the mid-rank percentile of the role's level and w the person's importance answer, (importance - 1) / 4
 * or the default. What every role has alike does not count, and a dimension the role has no level on counts as
 * the middle of the catalog. The family's dimensions can be deal-breakers.
 */
final class StandingMatcher extends Matcher {
    static final StandingMatcher INSTANCE = new StandingMatcher();

    private StandingMatcher() {}

    @Override
    double bound(ScoringIndex index, int f) {
        return 1;
    }

    @Override
    void compare(ScoringIndex index, int role, int f) {
        for (int d : index.members[f]) {
            double p = index.percentile[role][d];
            index.compared[role][d] = Double.isNaN(p) ? 0 : 2 * p - 1;
        }
    }

    @Override
    void dense(ScoringIndex index, int role, int f) {
        int dims = index.dimensions.size();
        for (int d : index.members[f]) {
            index.dense[role * dims + d] = index.comparableFlat[role * dims + d] ? index.compared[role][d] : 0;
        }
    }

    /** Enough dimensions answered, and some weight among them: a family that matters to nobody adds nothing. */
    @Override
    boolean active(Respondent person, int f) {
        return person.measured[f].length >= person.index.families.get(f).minimum() && person.weightSum[f] > 0;
    }

    @Override
    double vector(Respondent person, int d, int f) {
        return person.measured(d) ? person.weight[d] * person.mean[d] / person.weightSum[f] : 0;
    }

    @Override
    boolean coefficients(Respondent person, int role, int f, double[] gamma) {
        ScoringIndex index = person.index;
        boolean any = false;
        for (int d : person.measured[f]) {
            if (index.comparable(role, d)) {
                gamma[d] = person.weight[d] * index.compared[role][d] / person.weightSum[f];
                any = true;
            }
        }
        return any;
    }

    @Override
    boolean scorable(Respondent person, int role, int f) {
        int dims = person.index.dimensions.size();
        for (int d : person.measured[f]) {
            if (person.index.comparableFlat[role * dims + d]) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean fast(Respondent person, int role, int f) {
        return true;
    }

    /**
     * Always fast; scorable where a role has a comparable level on one of the dimensions the person answered: every
     * role with all the family's levels when the person answered any, and the index's few others by their bits.
     */
    @Override
    void screen(Respondent person, int f, boolean[] fast, boolean[] scorable) {
        if (person.measured[f].length == 0) {
            return;
        }
        ScoringIndex index = person.index;
        int words = index.comparableWords;
        long[] answered = new long[words];
        for (int d : person.measured[f]) {
            answered[d >>> 6] |= 1L << d;
        }
        long[] comparable = index.comparableBits;
        if (words == 1) {
            // Up to 64 dimensions, as now: one AND a role, a loop without branches.
            long bits = answered[0];
            for (int r = 0; r < scorable.length; r++) {
                scorable[r] |= (comparable[r] & bits) != 0;
            }
            return;
        }
        int from = 0;
        for (int r : index.incomplete[f]) {
            Arrays.fill(scorable, from, r, true);
            for (int w = 0, at = r * words; w < words; w++, at++) {
                scorable[r] |= (comparable[at] & answered[w]) != 0;
            }
            from = r + 1;
        }
        Arrays.fill(scorable, from, scorable.length, true);
    }

    @Override
    double reference(Fit fit, int d) {
        return 0;
    }

    @Override
    double effect(Respondent person, int role, int d, int f) {
        return person.index.compared[role][d] * person.weight[d] / Math.max(1, person.weightSum[f]);
    }

    /** At the default weight, beside the weights already given. */
    @Override
    double potential(Respondent person, int role, int d, int f) {
        double w = person.settings.defaultWeight();
        return person.index.compared[role][d] * w / (1 + w);
    }

    /**
     * A statement family's dimension the person strongly dislikes and has not said matters little: no importance
     * answer, or one at or above the setting. Every answer counts as said: a strong dislike is a deal-breaker unless
     * the person says it does not matter.
     */
    @Override
    boolean dealBreaking(Respondent person, int d) {
        ScoringSettings s = person.settings;
        return person.kind(d) == QuestionKind.AGREEMENT && person.measured(d) && person.mean[d] <= s.dealBreakerAttitude()
                && (person.importance[d] == null || person.importance[d] >= s.dealBreakerImportance());
    }

    /** Strongly disliked, not said to matter little, and the role at the top of the catalog on it. */
    @Override
    boolean dealBreaker(Respondent person, int role, int d) {
        ScoringIndex index = person.index;
        return dealBreaking(person, d) && index.has(role, d)
                && 100 * index.percentile[role][d] >= person.settings.dealBreakerPercentile();
    }

    /** {@link #dealBreaker} down the dimension's column of percentiles: NaN, no level, is never at the top. */
    @Override
    void dealBreakers(Respondent person, int d, boolean[] sunk) {
        if (!dealBreaking(person, d)) {
            return;
        }
        double from = person.settings.dealBreakerPercentile();
        double[] column = person.index.percentileByDimension;
        for (int r = 0, at = d * sunk.length; r < sunk.length; r++, at++) {
            sunk[r] |= 100 * column[at] >= from;
        }
    }
}
