package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.fact.Wording;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.quiz.bank.Derivation;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.LevelRule;
import dev.careerfit.quiz.report.LevelInput;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.Rating;
import dev.careerfit.role.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one role's level on one dimension from its facts (docs/scoring.md, "Dimensions and levels"): an O*NET interest
 * or work-value rating, a work factor's stated intensity, or careerfit's derivation from published
 * figures. Formulas that place a figure among all occupations give {@link Raw#statistics()}; the
 * {@link ScoringIndex} turns those into percentiles once every role is read.
 */
final class LevelReader {
    /** The level (or, for percentile formulas, the figures to rank) with what it came from. */
    record Raw(double value, double[] statistics, double minimum, double maximum, boolean derived, String basis,
               List<LevelInput> from) {
        boolean ranked() {
            return statistics != null;
        }
    }

    /** The scale work factors are rated on: 1 (hardly at all) to 5 (a defining feature). */
    static final double FACTOR_MIN = FactorExposure.MIN_INTENSITY;
    static final double FACTOR_MAX = FactorExposure.MAX_INTENSITY;

    private LevelReader() {}

    /** The role's level on {@code d}, or empty when its facts give none. */
    static Optional<Raw> read(CareerRole role, Dimension d) {
        LevelRule rule = d.level();
        if (rule.interest() != null) {
            return first(role, FactKinds.INTERESTS)
                    .flatMap(g -> rating(g.chosen(), g.value().ratings().get(rule.interest()),
                            "O*NET interest rating", d.name()));
        }
        if (rule.workValue() != null) {
            return first(role, FactKinds.WORK_VALUES)
                    .flatMap(g -> rating(g.chosen(), g.value().ratings().get(rule.workValue()),
                            "O*NET work value extent", d.name()));
        }
        Optional<FactGroup<FactorExposure>> stated = role.factor(rule.factor());
        if (stated.isPresent()) {
            FactorExposure e = stated.get().value();
            // A guide gives words, not a rating: the 1-5 level is then careerfit's reading of them, and says so.
            boolean read = stated.get().chosen().provenance().reading() != null;
            return Optional.of(new Raw(e.intensity(), null, FACTOR_MIN, FACTOR_MAX, false,
                    (read ? "careerfit's reading of the source's words on" : "the source's rating of")
                            + " how much of it the role has (1 hardly at all, 5 a defining feature)",
                    List.of(new LevelInput(d.name(), Wording.number(e.intensity()) + " of 5"
                            + (e.statement() == null ? "" : ": " + e.statement()), stated.get().chosen().provenance()))));
        }
        return rule.derivation() == null ? Optional.empty() : derive(role, rule.derivation());
    }

    private static <T> Optional<FactGroup<T>> first(CareerRole role, FactKind<T> kind) {
        List<FactGroup<T>> groups = role.groups(kind);
        return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0));
    }

    private static Optional<Raw> rating(Sourced<?> fact, Rating r, String what, String name) {
        if (r == null) {
            return Optional.empty();
        }
        String scale = r.scale().id() + " scale, " + Wording.number(r.scale().minimum()) + " to "
                + Wording.number(r.scale().maximum());
        return Optional.of(new Raw(r.value(), null, r.scale().minimum(), r.scale().maximum(), false,
                what + " (" + scale + ")", List.of(new LevelInput(what + ": " + name,
                Wording.number(r.value()) + " (" + scale + ")", fact.provenance()))));
    }

    private static Optional<Raw> derive(CareerRole role, Derivation derivation) {
        return switch (derivation.formula()) {
            case ELEMENT_MEAN -> elementMean(role, derivation.elements());
            case MEDIAN_WAGE_PERCENTILE -> medianWage(role);
            case GROWTH_AND_OPENINGS -> growthAndOpenings(role);
            case JOB_ZONE -> first(role, FactKinds.JOB_ZONE).map(g -> new Raw(g.value().value(), null, 1, 5, true,
                    "careerfit's derivation: the O*NET job zone (1 little preparation .. 5 extensive preparation)",
                    List.of(new LevelInput("O*NET job zone", g.value().label(), g.chosen().provenance()))));
            case HOT_TECHNOLOGIES -> hotTechnologies(role);
        };
    }

    private static Optional<Raw> elementMean(CareerRole role, List<Derivation.Element> elements) {
        double sum = 0;
        int found = 0;
        List<LevelInput> from = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Derivation.Element e : elements) {
            FactKind<ElementRating> kind = ratingKind(e.fact());
            if (kind == null) {
                continue;
            }
            for (FactGroup<ElementRating> g : role.groups(kind)) {
                ElementRating r = g.value();
                if (r.element().id().equals(e.element()) && r.rating().scale().id().equals(e.scale())) {
                    sum += r.rating().normalised();
                    found++;
                    names.add(r.element().name());
                    from.add(new LevelInput("O*NET " + ratingName(kind) + ": " + r.element().name() + " ("
                            + r.rating().scale().name() + ")", Wording.number(r.rating().value()) + " on "
                            + Wording.number(r.rating().scale().minimum()) + " to "
                            + Wording.number(r.rating().scale().maximum()), g.chosen().provenance()));
                    break;
                }
            }
        }
        // Half the elements or more, so that one rating alone does not stand for a composite.
        if (found == 0 || found * 2 < elements.size()) {
            return Optional.empty();
        }
        double level = FACTOR_MIN + (FACTOR_MAX - FACTOR_MIN) * sum / found;
        return Optional.of(new Raw(level, null, FACTOR_MIN, FACTOR_MAX, true,
                "careerfit's derivation: 1 + 4 × the mean of " + String.join(", ", names)
                        + ", each placed on 0 to 1 within its scale", from));
    }

    private static FactKind<ElementRating> ratingKind(String id) {
        if (FactKinds.SKILL_RATING.id().equals(id)) {
            return FactKinds.SKILL_RATING;
        }
        if (FactKinds.KNOWLEDGE_RATING.id().equals(id)) {
            return FactKinds.KNOWLEDGE_RATING;
        }
        return FactKinds.WORK_STYLE_RATING.id().equals(id) ? FactKinds.WORK_STYLE_RATING : null;
    }

    private static String ratingName(FactKind<ElementRating> kind) {
        return kind == FactKinds.SKILL_RATING ? "skill" : kind == FactKinds.KNOWLEDGE_RATING ? "knowledge" : "work style";
    }

    private static Optional<Raw> medianWage(CareerRole role) {
        for (FactGroup<SalaryBand> g : role.groups(FactKinds.SALARY)) {
            SalaryBand s = g.value();
            Optional<BigDecimal> median = s.medianAmount();
            if (s.period() == PayPeriod.ANNUAL && s.location().scope() == Location.Scope.NATIONAL
                    && "US".equals(s.location().country()) && median.isPresent()) {
                return Optional.of(new Raw(Double.NaN, new double[] {median.get().doubleValue()}, FACTOR_MIN,
                        FACTOR_MAX, true, "careerfit's derivation: 1 + 4 × the median annual wage's percentile among "
                        + "all occupations' medians",
                        List.of(new LevelInput("median annual wage, United States",
                                Wording.money(median.get(), s.currency(), PayPeriod.ANNUAL), g.chosen().provenance()))));
            }
        }
        return Optional.empty();
    }

    private static Optional<Raw> growthAndOpenings(CareerRole role) {
        Sourced<OutlookFigure> growth = null;
        Sourced<OutlookFigure> openings = null;
        Sourced<OutlookFigure> jobs = null;
        for (FactGroup<OutlookFigure> g : role.groups(FactKinds.OUTLOOK)) {
            OutlookFigure f = g.value();
            if (f.measure() == OutlookMeasure.EMPLOYMENT_GROWTH_PERCENT && growth == null) {
                growth = g.chosen();
            } else if (f.measure() == OutlookMeasure.OPENINGS_PER_YEAR && openings == null) {
                openings = g.chosen();
            } else if (f.measure() == OutlookMeasure.JOBS_IN_YEAR && jobs == null) {
                jobs = g.chosen();
            }
        }
        if (growth == null || openings == null || jobs == null || jobs.value().value() <= 0) {
            return Optional.empty();
        }
        double rate = 100 * openings.value().value() / jobs.value().value();
        return Optional.of(new Raw(Double.NaN, new double[] {growth.value().value(), rate}, FACTOR_MIN, FACTOR_MAX,
                true, "careerfit's derivation: 1 + 4 × the mean of two percentiles among all occupations: projected "
                + "employment growth, and openings a year per 100 jobs",
                List.of(new LevelInput("projected employment growth " + growth.value().year() + "-"
                                + growth.value().endYear(), Wording.signed(growth.value().value()) + "%",
                                growth.provenance()),
                        new LevelInput("openings a year", Wording.number((long) openings.value().value())
                                + " (" + Wording.number(Math.round(rate * 10) / 10.0) + " per 100 jobs)",
                                openings.provenance()),
                        new LevelInput("jobs in " + jobs.value().year(), Wording.number((long) jobs.value().value()),
                                jobs.provenance()))));
    }

    private static Optional<Raw> hotTechnologies(CareerRole role) {
        List<FactGroup<Tool>> tools = role.groups(FactKinds.TOOL);
        if (tools.isEmpty()) {
            return Optional.empty();
        }
        int hot = 0;
        for (FactGroup<Tool> g : tools) {
            if (g.value().isHotTechnology()) {
                hot++;
            }
        }
        return Optional.of(new Raw(Double.NaN, new double[] {hot}, FACTOR_MIN, FACTOR_MAX, true,
                "careerfit's derivation: 1 + 4 × the percentile, among all occupations, of how many O*NET "
                + "\"hot technologies\" the occupation uses",
                List.of(new LevelInput("O*NET hot technologies used", hot + " of " + tools.size() + " technologies",
                        tools.get(0).chosen().provenance()))));
    }
}
