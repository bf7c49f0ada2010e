package dev.careerfit.quiz;

import java.util.Arrays;

/**
 * One person's fit to one role (docs/scoring.md, "Fit"): S = sum_d gamma_d m_d over the person's dimension means,
 * shown as 50 + 50 S, where gamma holds the role's coefficients, lambda_f times what each family's {@link Matcher}
 * gives:
 * <pre>
 * correlation (interests):          gamma_d = lambda_f u_d / |p~|, so the family adds lambda_f r (Pearson)
 * profile (work values):            gamma_d = lambda_f (y_d - mean of y over the values both sides have) / B_f
 * standing (work factors, preparation): gamma_d = lambda_f w_d (2 P_d - 1) / sum of w over the family's answered d
 * lambda_f                          = W_f / sum of W over the families the person answered
 * </pre>
 * The interval is S ± z sigma sqrt(sum of squared item slopes), sigma the person's item noise and the slope how S
 * moves with each mean (the coefficient itself where S is linear in it).
 */
final class Fit {
    final Respondent person;
    final int role;
    /** The role's coefficient on each dimension's mean; 0 where a dimension does not count. */
    final double[] gamma;
    /** How S moves with each dimension's mean, for the standard error; gamma where S is linear in it. */
    final double[] slope;
    /** Whether a score can be given: enough answers, and a family both sides have. */
    final boolean scored;
    /** Whether the role has a level that compares with other roles on something the person answered. */
    final boolean comparable;
    /** 50 + 50 S, not clipped; NaN when not scored. */
    final double points;
    /** Standard error of {@link #points}. */
    final double standardError;

    private Fit(Respondent person, int role, double[] gamma, double[] slope, boolean comparable) {
        this.person = person;
        this.role = role;
        this.gamma = gamma;
        this.slope = slope;
        this.comparable = comparable;
        this.scored = comparable && person.enoughForScore();
        double s = 0;
        for (int d = 0; d < gamma.length; d++) {
            if (gamma[d] != 0) {
                s += gamma[d] * person.mean[d];
            }
        }
        this.points = scored ? 50 + 50 * s : Double.NaN;
        this.standardError = scored ? 50 * Math.sqrt(person.noiseVariance * person.itemCoefficientSquares(slope))
                : Double.NaN;
    }

    static Fit of(Respondent person, int role) {
        double[] gamma = new double[person.index.dimensions.size()];
        double[] slope = new double[gamma.length];
        boolean any = coefficients(person, role, gamma, slope);
        return new Fit(person, role, gamma, slope, any);
    }

    /**
     * The role's score alone, as {@link #of} gives it to the last bit, 50 + 50 S or NaN when no family adds anything
     * for it, for a person with enough answers: what a ranking needs of a role off the fast path, without the slopes
     * and standard error a report shows.
     * {@code gamma} is a buffer of the index's dimensions that the caller reuses.
     */
    static double points(Respondent person, int role, double[] gamma) {
        Arrays.fill(gamma, 0);
        if (!coefficients(person, role, gamma, null)) {
            return Double.NaN;
        }
        double s = 0;
        for (int d = 0; d < gamma.length; d++) {
            if (gamma[d] != 0) {
                s += gamma[d] * person.mean[d];
            }
        }
        return 50 + 50 * s;
    }

    /**
     * The role's coefficients into {@code gamma} and, unless null, their slopes into {@code slope}, each times its
     * family's lambda; whether any family adds anything for the role. The families the person answered share the
     * score; a family the role has no levels on adds nothing (it stays at the neutral middle) rather than handing its
     * share to the others.
     */
    private static boolean coefficients(Respondent person, int role, double[] gamma, double[] slope) {
        ScoringIndex index = person.index;
        boolean any = false;
        for (int f = 0; f < index.families.size(); f++) {
            if (person.lambda[f] > 0 && index.matcher[f].coefficients(person, role, f, gamma)) {
                any = true;
                if (slope != null) {
                    index.matcher[f].slope(person, role, f, gamma, slope);
                }
                for (int d : index.members[f]) {
                    gamma[d] *= person.lambda[f];
                    if (slope != null) {
                        slope[d] *= person.lambda[f];
                    }
                }
            }
        }
        return any;
    }

    double low() {
        return clamp(points - person.settings.z() * standardError);
    }

    double high() {
        return clamp(points + person.settings.z() * standardError);
    }

    /** The score shown: {@link #points} within 0..100. */
    double shown() {
        return clamp(points);
    }

    /**
     * Points dimension {@code d} adds to 50. For interests and values the person's side is taken relative to
     * their own mean over the areas that count, which leaves the total unchanged (the gammas sum to zero).
     */
    double contribution(int d) {
        if (gamma[d] == 0) {
            return 0;
        }
        return 50 * gamma[d] * (person.mean[d] - familyMean(d));
    }

    /** The person's side that contributions on d are measured from: their mean over d's family, or 0. */
    double familyMean(int d) {
        return person.index.matcher[person.index.family[d]].reference(this, d);
    }

    /** Standard error of a's points minus b's, from the same answers (shared noise cancels). */
    static double differenceError(Fit a, Fit b) {
        double[] diff = new double[a.slope.length];
        for (int d = 0; d < diff.length; d++) {
            diff[d] = a.slope[d] - b.slope[d];
        }
        return 50 * Math.sqrt(a.person.noiseVariance * a.person.itemCoefficientSquares(diff));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}
