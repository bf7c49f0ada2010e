package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Matching;

/**
 * One way of comparing a family's dimensions between a person and a role (a {@link Matching}), all of it in one
 * class: what the index precomputes per role, when the family counts for a person, the role's coefficients in the
 * fit, the fast path's vector and matrix, what contributions are measured from, and what the adaptive quiz and
 * "what would change the result" weigh. The engine loops over families and asks their matcher; a new way of
 * matching is one new subclass and its case in {@link #of}.
 */
abstract class Matcher {
    /** The matcher for {@code family}'s {@link DimensionFamily#matching()}. */
    static Matcher of(DimensionFamily family) {
        return switch (family.matching()) {
            case PROFILE -> ProfileMatcher.INSTANCE;
            case CORRELATION -> CorrelationMatcher.INSTANCE;
            case STANDING -> StandingMatcher.INSTANCE;
            case BASE_RATE -> BaseRateMatcher.INSTANCE;
        };
    }

    /** The bound on what the family's sum can reach for a role, which its coefficients are divided by. */
    abstract double bound(ScoringIndex index, int f);

    /** Fills {@code index.compared[role][d]} for the family's dimensions: what a role's level is compared as. */
    abstract void compare(ScoringIndex index, int role, int f);

    /**
     * Fills the fast path's matrix {@code index.dense[role * dims + d]} for the family's dimensions (0 where the
     * role has no comparable level): the row a person's {@link #vector} is multiplied with.
     */
    abstract void dense(ScoringIndex index, int role, int f);

    /** Whether the person answered enough for the family to count. */
    abstract boolean active(Respondent person, int f);

    /**
     * The person's entry for dimension {@code d} in the fast path's vector, before the family's weight; NaN when
     * the fast path cannot hold for this person (a profile with an area left unanswered).
     */
    abstract double vector(Respondent person, int d, int f);

    /**
     * The role's coefficients on the family's dimensions into {@code gamma}, before the family's weight; whether
     * the family adds anything for this role (false leaves it at the neutral middle).
     */
    abstract boolean coefficients(Respondent person, int role, int f, double[] gamma);

    /**
     * How the family's part moves with the person's mean on each of its dimensions, into {@code slope} (before the
     * family's weight), for the standard error: the coefficients themselves where the part is linear in the means.
     */
    void slope(Respondent person, int role, int f, double[] gamma, double[] slope) {
        for (int d : person.index.members[f]) {
            slope[d] = gamma[d];
        }
    }

    /** For a person on the fast path: whether the role has anything comparable in the family. */
    abstract boolean scorable(Respondent person, int role, int f);

    /** For a person on the fast path: whether the dot product gives the role's score in this family. */
    abstract boolean fast(Respondent person, int role, int f);

    /**
     * {@link #fast} and {@link #scorable} for every role at once, as the ranking loop needs them: clears
     * {@code fast[role]} where the dot product does not give the role's score in this family, and sets
     * {@code scorable[role]} where the role has something comparable in it. A matcher overrides it to hoist what
     * does not change from role to role out of the loop.
     */
    void screen(Respondent person, int f, boolean[] fast, boolean[] scorable) {
        for (int r = 0; r < fast.length; r++) {
            if (fast[r]) {
                fast[r] = fast(person, r, f);
                scorable[r] |= scorable(person, r, f);
            }
        }
    }

    /** The person's side that contributions on {@code d} are measured from: their own mean, or 0. */
    abstract double reference(Fit fit, int d);

    /**
     * The role's coefficient on {@code d} for the adaptive quiz, before the family's weight: what it is, or would
     * be once the person answers on {@code d}. The role's level on {@code d} is comparable.
     */
    abstract double effect(Respondent person, int role, int d, int f);

    /**
     * The coefficient {@code d} would get if the person answered on it, for "what would change the result": a
     * rough size, before the share of items still open.
     */
    abstract double potential(Respondent person, int role, int d, int f);

    /**
     * Whether {@code d} is a deal-breaker for the person on any role high enough on it (docs/scoring.md,
     * "Deal-breakers"): what the person said, before any role.
     */
    boolean dealBreaking(Respondent person, int d) {
        return false;
    }

    /** Whether {@code d} is one of the person's deal-breakers on this role (docs/scoring.md, "Deal-breakers"). */
    boolean dealBreaker(Respondent person, int role, int d) {
        return false;
    }

    /**
     * {@link #dealBreaker} for every role at once, as the ranking loop needs it: sets {@code sunk[role]} where
     * {@code d} is one of the person's deal-breakers on the role. A matcher with deal-breakers overrides it with one
     * pass down the dimension.
     */
    void dealBreakers(Respondent person, int d, boolean[] sunk) {
        for (int r = 0; r < sunk.length; r++) {
            sunk[r] |= dealBreaker(person, r, d);
        }
    }
}
