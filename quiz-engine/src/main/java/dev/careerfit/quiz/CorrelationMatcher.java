package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Matching;
import java.util.Arrays;

/**
 * {@link Matching#CORRELATION}: O*NET's profile correlation (docs/scoring.md, "Fit"), the Pearson correlation r of
 * the person's profile with the role's over the dimensions both have:
 * <pre>
 * r = sum_d u_d v_d,   u = the role's levels centred on their mean, over their length;  v = the person's likewise
 * gamma_d = u_d / |p~|   (so that sum_d gamma_d m_d = r, the gammas summing to zero)
 * </pre>
 * Only the shape counts on both sides: a person who likes everything more gains nothing, and a role rated high on
 * everything is not preferred to one rated high on the same few areas. The fast path's matrix holds u for a role
 * with every dimension of the family; the person's vector holds v when they answered every one. r is not linear in
 * the person's answers: the standard error uses its slope, (u_d - r v_d) / |p~|.
 */
final class CorrelationMatcher extends Matcher {
    static final CorrelationMatcher INSTANCE = new CorrelationMatcher();

    private CorrelationMatcher() {}

    /** r lies within -1..1 whatever the scales. */
    @Override
    double bound(ScoringIndex index, int f) {
        return 1;
    }

    /** The role's levels centred on its own mean over the family's dimensions it has. */
    @Override
    void compare(ScoringIndex index, int role, int f) {
        ProfileMatcher.INSTANCE.compare(index, role, f);
    }

    /** The levels centred over the family's comparable levels and divided by their length: u. */
    @Override
    void dense(ScoringIndex index, int role, int f) {
        int dims = index.dimensions.size();
        ProfileMatcher.INSTANCE.dense(index, role, f);
        double norm = 0;
        for (int d : index.members[f]) {
            double u = index.dense[role * dims + d];
            norm += u * u;
        }
        norm = Math.sqrt(norm);
        for (int d : index.members[f]) {
            index.dense[role * dims + d] = norm == 0 ? 0 : index.dense[role * dims + d] / norm;
        }
    }

    /** Enough dimensions answered, and a shape among them: a flat profile correlates with nothing. */
    @Override
    boolean active(Respondent person, int f) {
        return person.measured[f].length >= person.index.families.get(f).minimum()
                && norm(person.mean, person.measured[f]) > 0;
    }

    /** v_d: the person's means centred over the family's dimensions, over their length. */
    @Override
    double vector(Respondent person, int d, int f) {
        if (!person.measured(d)) {
            return Double.NaN;
        }
        int[] measured = person.measured[f];
        return (person.mean[d] - centre(person.mean, measured)) / norm(person.mean, measured);
    }

    @Override
    boolean coefficients(Respondent person, int role, int f, double[] gamma) {
        ScoringIndex index = person.index;
        int[] both = both(person, role, f);
        if (both.length < index.families.get(f).minimum()) {
            return false;
        }
        double roleCentre = 0;
        for (int d : both) {
            roleCentre += index.level[role][d] / both.length;
        }
        double roleNorm = 0;
        for (int d : both) {
            double y = index.level[role][d] - roleCentre;
            roleNorm += y * y;
        }
        double personNorm = norm(person.mean, both);
        if (roleNorm == 0 || personNorm == 0) {
            return false;
        }
        roleNorm = Math.sqrt(roleNorm);
        for (int d : both) {
            gamma[d] = (index.level[role][d] - roleCentre) / roleNorm / personNorm;
        }
        return true;
    }

    /** (u_d - r v_d) / |p~|: how r moves with the person's mean on d. */
    @Override
    void slope(Respondent person, int role, int f, double[] gamma, double[] slope) {
        int[] both = both(person, role, f);
        double centre = centre(person.mean, both);
        double personNorm = norm(person.mean, both);
        if (personNorm == 0) {
            return;
        }
        double r = 0;
        for (int d : both) {
            r += gamma[d] * (person.mean[d] - centre);
        }
        for (int d : both) {
            slope[d] = gamma[d] - r * (person.mean[d] - centre) / (personNorm * personNorm);
        }
    }

    @Override
    boolean scorable(Respondent person, int role, int f) {
        return person.index.familyCount[f][role] >= person.index.families.get(f).minimum();
    }

    /** The dot product holds for a role with none of the family's levels or all of them. */
    @Override
    boolean fast(Respondent person, int role, int f) {
        int count = person.index.familyCount[f][role];
        return count == 0 || count == person.index.members[f].length;
    }

    /**
     * {@link #fast} and {@link #scorable} over every role, from the index's few roles without every level of the
     * family: every other role is fast, and scorable when the family's size reaches its minimum.
     */
    @Override
    void screen(Respondent person, int f, boolean[] fast, boolean[] scorable) {
        ScoringIndex index = person.index;
        int[] count = index.familyCount[f];
        int minimum = index.families.get(f).minimum();
        boolean whole = index.members[f].length >= minimum;
        int from = 0;
        for (int r : index.incomplete[f]) {
            if (whole) {
                Arrays.fill(scorable, from, r, true);
            }
            fast[r] &= count[r] == 0;
            scorable[r] |= count[r] >= minimum;
            from = r + 1;
        }
        if (whole) {
            Arrays.fill(scorable, from, scorable.length, true);
        }
    }

    @Override
    double reference(Fit fit, int d) {
        return ProfileMatcher.INSTANCE.reference(fit, d);
    }

    /** u_d over the person's profile length: what one more answer on d moves r by, at most. */
    @Override
    double effect(Respondent person, int role, int d, int f) {
        double u = unit(person.index, role, d);
        double personNorm = norm(person.mean, person.measured[f]);
        return personNorm > 0 ? u / Math.max(personNorm, 0.5) : u;
    }

    @Override
    double potential(Respondent person, int role, int d, int f) {
        return unit(person.index, role, d);
    }

    /** The role's level on d centred and scaled to unit length over the family's levels: u_d. */
    private static double unit(ScoringIndex index, int role, int d) {
        return index.dense[role * index.dimensions.size() + d];
    }

    /** The family's dimensions the person answered and the role has a comparable level on. */
    private static int[] both(Respondent person, int role, int f) {
        ScoringIndex index = person.index;
        int[] measured = person.measured[f];
        int[] out = new int[measured.length];
        int n = 0;
        for (int d : measured) {
            if (index.comparable(role, d)) {
                out[n++] = d;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static double centre(double[] means, int[] dims) {
        double sum = 0;
        for (int d : dims) {
            sum += means[d];
        }
        return dims.length == 0 ? 0 : sum / dims.length;
    }

    /** The length of the person's profile centred over {@code dims}: |p~|. */
    private static double norm(double[] means, int[] dims) {
        double centre = centre(means, dims);
        double sum = 0;
        for (int d : dims) {
            double p = means[d] - centre;
            sum += p * p;
        }
        return Math.sqrt(sum);
    }
}
