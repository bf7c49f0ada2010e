package dev.careerfit.quiz;

/**
 * One person's fit to one role (docs/scoring.md, "Fit"). The score is linear in the person's dimension
 * means: S = sum_d gamma_d m_d, shown as 50 + 50 S, where gamma holds the role's coefficients, lambda_f times
 * what each family's {@link Matcher} gives:
 * <pre>
 * profile (interests, values):  gamma_d = lambda_f (y_d - mean of y over the areas both sides have) / B_f
 * standing (work factors):      gamma_d = lambda_f w_d (2 P_d - 1) / sum of w over the family's answered dimensions
 * lambda_f                      = W_f / sum of W over the families the person answered
 * </pre>
 * The interval is S ± z sigma sqrt(sum of squared item coefficients), sigma the person's item noise.
 */
final class Fit {
    final Respondent person;
    final int role;
    /** The role's coefficient on each dimension's mean; 0 where a dimension does not count. */
    final double[] gamma;
    /** Whether a score can be given: enough answers, and a family both sides have. */
    final boolean scored;
    /** Whether the role has a level that compares with other roles on something the person answered. */
    final boolean comparable;
    /** 50 + 50 S, not clipped; NaN when not scored. */
    final double points;
    /** Standard error of {@link #points}. */
    final double standardError;

    private Fit(Respondent person, int role, double[] gamma, boolean comparable) {
        this.person = person;
        this.role = role;
        this.gamma = gamma;
        this.comparable = comparable;
        this.scored = comparable && person.enoughForScore();
        double s = 0;
        for (int d = 0; d < gamma.length; d++) {
            if (gamma[d] != 0) {
                s += gamma[d] * person.mean[d];
            }
        }
        this.points = scored ? 50 + 50 * s : Double.NaN;
        this.standardError = scored ? 50 * Math.sqrt(person.noiseVariance * person.itemCoefficientSquares(gamma))
                : Double.NaN;
    }

    static Fit of(Respondent person, int role) {
        ScoringIndex index = person.index;
        double[] gamma = new double[index.dimensions.size()];
        // The families the person answered share the score; a family the role has no levels on adds nothing
        // (it stays at the neutral middle) rather than handing its share to the others.
        boolean any = false;
        for (int f = 0; f < index.families.size(); f++) {
            if (person.lambda[f] > 0 && index.matcher[f].coefficients(person, role, f, gamma)) {
                any = true;
                for (int d : index.members[f]) {
                    gamma[d] *= person.lambda[f];
                }
            }
        }
        return new Fit(person, role, gamma, any);
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
        double[] diff = new double[a.gamma.length];
        for (int d = 0; d < diff.length; d++) {
            diff[d] = a.gamma[d] - b.gamma[d];
        }
        return 50 * Math.sqrt(a.person.noiseVariance * a.person.itemCoefficientSquares(diff));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}
