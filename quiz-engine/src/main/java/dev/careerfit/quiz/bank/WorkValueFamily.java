package dev.careerfit.quiz.bank;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.role.WorkValue;
import java.util.Optional;

/**
 * The six O*NET work values: forced choices between two job qualities, against the occupation's O*NET work value
 * extents (scale EX, 1-7), compared as profiles. Choosing cannot be gamed by agreeing with everything.
 */
final class WorkValueFamily extends DimensionFamily {
    WorkValueFamily() {
        super("WORK_VALUE", "work values", QuestionKind.VALUE_CHOICE, Matching.PROFILE);
    }

    /** Three choices. */
    @Override
    public int minimum() {
        return 3;
    }

    @Override
    public boolean borrowsFromLinks() {
        return true;
    }

    @Override
    public Optional<String> checkLevel(LevelRule rule) {
        return Levels.oneOf(rule, WorkValue.class, "an O*NET work value");
    }

    @Override
    public Optional<LevelReading> read(CareerRole role, Dimension d) {
        WorkValue value = WorkValue.valueOf(d.level().source());
        return Levels.first(role, FactKinds.WORK_VALUES).flatMap(g -> Levels.rating(g.chosen(),
                g.value().ratings().get(value), "O*NET work value extent", d.name()));
    }

    @Override
    public String reason(Dimension d, double personSide, double roleSide, double level, double maximum,
                         double percentile) {
        return d.name() + " matters " + (personSide >= 0 ? "more" : "less") + " to you than your other values, and "
                + "this work " + standing(roleSide, percentile, "offers more of it", "offers less of it",
                "than of its other values");
    }

    @Override
    public String minimumText() {
        return minimum() + " choices between work values";
    }
}
