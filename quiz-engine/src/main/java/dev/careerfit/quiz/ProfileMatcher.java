package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Matching;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.Arrays;

/**
 * {@link Matching#PROFILE}: the shape of the person's profile against the role's (docs/scoring.md, "Fit"):
 * <pre>
 * gamma_d = (y_d - mean of y over the dimensions both sides have) / B,   B = n (max - min) / 2
 * </pre>
 * Centring the role's levels makes sum gamma_d m_d equal to sum gamma_d (m_d - mbar): liking everything a
 * little more gains nothing. B is the largest the sum can be for n dimensions on the family's scale, so the
 * family's part stays within -1..1 without clipping, and adding a role never changes another's score. A role needs
 * levels on the family's {@linkplain dev.careerfit.quiz.bank.DimensionFamily#minimum() minimum} of the dimensions
 * the person answered, or the family adds nothing for it.
 */
final class ProfileMatcher extends Matcher {
    static final ProfileMatcher INSTANCE = new ProfileMatcher();

    private ProfileMatcher() {}

    /**
     * The largest |sum_k p~_k y~_k| can be for a person's centred profile p~ (items -1..1) and a role's centred
     * levels y~ on the family's rating scale: n (max - min) / 2 for n dimensions, reached when half the person's
     * areas are at 1 and half at -1 and the role's likewise at the scale's ends. A property of the scales, not of
     * the catalog.
     */
    @Override
    double bound(ScoringIndex index, int f) {
        double range = index.range(f);
        int members = index.members[f].length;
        return members == 0 || range == 0 ? 1 : members * range / 2;
    }

    /** The role's levels centred on its own mean over the family's dimensions it has. */
    @Override
    void compare(ScoringIndex index, int role, int f) {
        double sum = 0;
        int count = 0;
        for (int d : index.members[f]) {
            if (index.has(role, d)) {
                sum += index.level[role][d];
                count++;
            }
        }
        for (int d : index.members[f]) {
            index.compared[role][d] = index.has(role, d) ? index.level[role][d] - sum / count : 0;
        }
    }

    /** The levels centred on the mean over the family's comparable levels: what a person who answered all sees. */
    @Override
    void dense(ScoringIndex index, int role, int f) {
        int dims = index.dimensions.size();
        double sum = 0;
        int count = index.familyCount[f][role];
        for (int d : index.members[f]) {
            if (index.comparableFlat[role * dims + d]) {
                sum += index.level[role][d];
            }
        }
        for (int d : index.members[f]) {
            index.dense[role * dims + d] = index.comparableFlat[role * dims + d] ? index.level[role][d] - sum / count : 0;
        }
    }

    /** Enough dimensions answered, or for choices between its dimensions, enough choices. */
    @Override
    boolean active(Respondent person, int f) {
        int answered = person.index.families.get(f).measuredBy() == QuestionKind.VALUE_CHOICE
                ? person.choices[f] : person.measured[f].length;
        return answered >= person.index.families.get(f).minimum();
    }

    @Override
    double vector(Respondent person, int d, int f) {
        return person.measured(d) ? person.mean[d] / person.index.bound[f] : Double.NaN;
    }

    @Override
    boolean coefficients(Respondent person, int role, int f, double[] gamma) {
        ScoringIndex index = person.index;
        double sum = 0;
        int count = 0;
        for (int d : index.members[f]) {
            if (person.measured(d) && index.comparable(role, d)) {
                sum += index.level[role][d];
                count++;
            }
        }
        if (count < index.families.get(f).minimum()) {
            return false;
        }
        double centre = sum / count;
        for (int d : index.members[f]) {
            if (person.measured(d) && index.comparable(role, d)) {
                gamma[d] = (index.level[role][d] - centre) / index.bound[f];
            }
        }
        return true;
    }

    @Override
    boolean scorable(Respondent person, int role, int f) {
        return person.index.familyCount[f][role] >= person.index.families.get(f).minimum();
    }

    /** The dot product holds when the role has none of the family's levels or enough to centre on. */
    @Override
    boolean fast(Respondent person, int role, int f) {
        int count = person.index.familyCount[f][role];
        return count == 0 || count >= person.index.families.get(f).minimum();
    }

    /**
     * {@link #fast} and {@link #scorable} over every role, from the index's few roles below the family's minimum:
     * every other role is scorable and fast; of those below, the ones with some levels but too few are not fast.
     */
    @Override
    void screen(Respondent person, int f, boolean[] fast, boolean[] scorable) {
        int[] count = person.index.familyCount[f];
        int from = 0;
        for (int r : person.index.belowMinimum[f]) {
            Arrays.fill(scorable, from, r, true);
            fast[r] &= count[r] == 0;
            from = r + 1;
        }
        Arrays.fill(scorable, from, scorable.length, true);
    }

    /** The person's mean over the family's dimensions that count here: contributions then add up to the score. */
    @Override
    double reference(Fit fit, int d) {
        ScoringIndex index = fit.person.index;
        double sum = 0;
        int count = 0;
        for (int e : index.members[index.family[d]]) {
            if (fit.gamma[e] != 0) {
                sum += fit.person.mean[e];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    @Override
    double effect(Respondent person, int role, int d, int f) {
        return person.index.compared[role][d] / person.index.bound[f];
    }

    /** The level's distance from the middle of its scale, over the bound. */
    @Override
    double potential(Respondent person, int role, int d, int f) {
        ScoringIndex index = person.index;
        return (index.level[role][d] - (index.scaleMin[d] + index.scaleMax[d]) / 2) / index.bound[f];
    }
}
