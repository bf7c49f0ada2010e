package com.example.temperament;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.LevelInput;
import dev.careerfit.quiz.bank.LevelReading;
import dev.careerfit.quiz.bank.LevelRule;
import dev.careerfit.quiz.bank.Matching;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.role.ElementRating;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A family of dimensions added from outside the engine, as a third party (or issue 19's personality family) would:
 * temperament traits, stated as keyed statements, against how much an occupation's O*NET work style ratings say it
 * asks of each, compared as a profile. This class and its line in
 * {@code META-INF/services/dev.careerfit.quiz.bank.DimensionFamily} are all it takes.
 */
public final class TemperamentFamily extends DimensionFamily {
    public static final String ID = "TEMPERAMENT";
    private static final Pattern ELEMENT = Pattern.compile("[0-9](\\.[A-Za-z0-9]+)+");

    public TemperamentFamily() {
        super(ID, "temperament traits", QuestionKind.AGREEMENT, Matching.PROFILE);
    }

    @Override
    public int minimum() {
        return 2;
    }

    @Override
    public Optional<String> checkLevel(LevelRule rule) {
        return ELEMENT.matcher(rule.source()).matches() && rule.derivation() == null ? Optional.empty()
                : Optional.of("must name an O*NET work style element, e.g. 1.D.4.a, without a derivation");
    }

    @Override
    public Optional<LevelReading> read(CareerRole role, Dimension dimension) {
        for (FactGroup<ElementRating> g : role.groups(FactKinds.WORK_STYLE_RATING)) {
            ElementRating r = g.value();
            if (r.element().id().equals(dimension.level().source())) {
                return Optional.of(LevelReading.of(r.rating().value(), r.rating().scale().minimum(),
                        r.rating().scale().maximum(), false, "O*NET work style rating",
                        List.of(new LevelInput("O*NET work style: " + r.element().name(), Double.toString(r.rating().value()),
                                g.chosen().provenance()))));
            }
        }
        return Optional.empty();
    }

    @Override
    public String reason(Dimension d, double personSide, double roleSide, double level, double maximum,
                         double percentile) {
        return "Being " + d.name().toLowerCase(Locale.ROOT) + " comes " + (personSide >= 0 ? "more" : "less")
                + " easily to you than your other traits, and this work " + standing(roleSide, percentile,
                "asks for it more", "asks for it less", "than for its other traits") + " (" + number(level) + " of "
                + number(maximum) + ")";
    }

    @Override
    public String minimumText() {
        return "statements on 2 temperament traits";
    }
}
