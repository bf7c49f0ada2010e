package dev.careerfit.quiz.bank;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.role.InterestArea;
import java.util.Locale;
import java.util.Optional;

/**
 * The six RIASEC interest areas: liking work activities, against the occupation's O*NET interest ratings
 * (scale OI, 1-7), compared by O*NET's own profile correlation (Pearson r, {@link Matching#CORRELATION}). Weighs
 * twice the other families: interests predict satisfaction best.
 */
final class InterestFamily extends DimensionFamily {
    InterestFamily() {
        super("INTEREST", "interests", QuestionKind.INTEREST, Matching.CORRELATION);
    }

    @Override
    public double defaultWeight() {
        return 2;
    }

    /** Three areas: a profile's shape needs at least three points. */
    @Override
    public int minimum() {
        return 3;
    }

    /** Two activities per area before the adaptive quiz looks elsewhere. */
    @Override
    public int floor() {
        return 2;
    }

    /**
     * A role O*NET rates no interests for has no shape to compare: it ranks after those it rates, as O*NET's own
     * matching lists only rated occupations (docs/scoring.md, "Fit").
     */
    @Override
    public boolean gates() {
        return true;
    }

    @Override
    public boolean borrowsFromLinks() {
        return true;
    }

    @Override
    public Optional<String> checkLevel(LevelRule rule) {
        return Levels.oneOf(rule, InterestArea.class, "an O*NET interest area");
    }

    @Override
    public Optional<LevelReading> read(CareerRole role, Dimension d) {
        InterestArea area = InterestArea.valueOf(d.level().source());
        return Levels.first(role, FactKinds.INTERESTS).flatMap(g -> Levels.rating(g.chosen(),
                g.value().ratings().get(area), "O*NET interest rating", d.name()));
    }

    @Override
    public String reason(Dimension d, double personSide, double roleSide, double level, double maximum,
                         double percentile) {
        return "You like " + activities(d) + " " + (personSide >= 0 ? "more" : "less") + " than your other interests, "
                + "and this work " + standing(roleSide, percentile, "has more of it", "has less of it",
                "than of its other kinds of activity");
    }

    /** The O*NET Interest Profiler's 0-40: ten items at (score × 2 + 2) each. */
    @Override
    public String shown(double score) {
        return Integer.toString((int) Math.round(10 * (score * 2 + 2)));
    }

    @Override
    public String scale() {
        return "0-40, as the O*NET Interest Profiler scores them";
    }

    @Override
    public String minimumText() {
        return "answers on " + minimum() + " interest areas";
    }

    /** "leading and persuading" from "Enterprising: leading and persuading": the activities, in plain words. */
    private static String activities(Dimension d) {
        int colon = d.name().indexOf(':');
        return colon < 0 ? d.name().toLowerCase(Locale.ROOT) + " activities" : d.name().substring(colon + 1).strip();
    }
}
