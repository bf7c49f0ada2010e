package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.DimensionFamily;

/**
 * One person's fit to one role (docs/scoring.md, "Fit"). The score is linear in the person's dimension
 * means: S = sum_d gamma_d m_d, shown as 50 + 50 S, where gamma holds the role's coefficients:
 * <pre>
 * interests, values:  gamma_d = lambda_f (y_d - mean of y over the areas both sides have) / B_f
 * work factors:       gamma_d = lambda_F w_d (2 P_d - 1) / sum of w over the factors the person answered
 * lambda_f           = W_f / sum of W over the families the person answered
 * </pre>
 * The interval is S ± z sigma sqrt(sum of squared item coefficients), sigma the person's item noise.
 */
final class Fit {
    final Person person;
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

    private Fit(Person person, int role, double[] gamma, boolean comparable) {
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

    static Fit of(Person person, int role) {
        ScoringIndex index = person.index;
        ScoringSettings settings = person.settings;
        int dims = index.dimensions.size();
        double[] gamma = new double[dims];
        // The families the person answered share the score; a family the role has no levels on adds nothing
        // (it stays at the neutral middle) rather than handing its share to the others.
        boolean interests = person.active(DimensionFamily.INTEREST);
        boolean values = person.active(DimensionFamily.WORK_VALUE);
        boolean factors = person.active(DimensionFamily.WORK_FACTOR);
        double totalWeight = (interests ? settings.interestWeight() : 0) + (values ? settings.valueWeight() : 0)
                + (factors ? settings.factorWeight() : 0);
        boolean any = interests && profile(person, role, DimensionFamily.INTEREST, index.interestBound, gamma);
        any |= values && profile(person, role, DimensionFamily.WORK_VALUE, index.valueBound, gamma);
        any |= factors && factors(person, role, gamma);
        for (int d = 0; d < dims; d++) {
            if (gamma[d] == 0) {
                continue;
            }
            double w = switch (index.family[d]) {
                case INTEREST -> settings.interestWeight();
                case WORK_VALUE -> settings.valueWeight();
                case WORK_FACTOR -> settings.factorWeight();
            };
            gamma[d] = gamma[d] * w / totalWeight;
        }
        return new Fit(person, role, gamma, any && totalWeight > 0);
    }

    /**
     * Interests or values: the role's profile centred over the areas both sides have, over the bound. A role
     * needs levels on three of the areas the person answered, or the family adds nothing.
     */
    private static boolean profile(Person person, int role, DimensionFamily family, double bound, double[] gamma) {
        ScoringIndex index = person.index;
        double sum = 0;
        int count = 0;
        for (int d = 0; d < gamma.length; d++) {
            if (index.family[d] == family && person.measured(d) && index.comparable(role, d)) {
                sum += index.level[role][d];
                count++;
            }
        }
        if (count < 3) {
            return false;
        }
        double centre = sum / count;
        for (int d = 0; d < gamma.length; d++) {
            if (index.family[d] == family && person.measured(d) && index.comparable(role, d)) {
                gamma[d] = (index.level[role][d] - centre) / bound;
            }
        }
        return true;
    }

    /**
     * Work factors: weight times the role's standardised level, over the weights of every factor the person
     * answered; a factor the role has no level on counts as the middle of the catalog (0).
     */
    private static boolean factors(Person person, int role, double[] gamma) {
        ScoringIndex index = person.index;
        boolean any = false;
        for (int d : person.measuredFactors) {
            if (index.comparable(role, d)) {
                gamma[d] = person.weight[d] * index.compared[role][d] / person.factorWeights;
                any = true;
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

    /** The person's mean over the dimensions of d's family that count here; 0 for work factors. */
    double familyMean(int d) {
        DimensionFamily f = person.index.family[d];
        if (f == DimensionFamily.WORK_FACTOR) {
            return 0;
        }
        double sum = 0;
        int count = 0;
        for (int e = 0; e < gamma.length; e++) {
            if (person.index.family[e] == f && gamma[e] != 0) {
                sum += person.mean[e];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
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
