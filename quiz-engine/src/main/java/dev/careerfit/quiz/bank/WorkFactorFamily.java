package dev.careerfit.quiz.bank;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.fact.Wording;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pros and cons of the work (pay, demand, maths, pressure...): keyed statements weighted by importance
 * answers, against where the role stands among all roles. A role's level is its sources' stated intensity (1
 * hardly at all .. 5 a defining feature), else careerfit's documented {@link Derivation} from published figures
 * (docs/scoring.md, "Derived levels for O*NET occupations").
 */
final class WorkFactorFamily extends DimensionFamily {
    /** The scale work factors are rated on: 1 (hardly at all) to 5 (a defining feature). */
    static final double FACTOR_MIN = FactorExposure.MIN_INTENSITY;
    static final double FACTOR_MAX = FactorExposure.MAX_INTENSITY;

    WorkFactorFamily() {
        super("WORK_FACTOR", "pros and cons", QuestionKind.AGREEMENT, Matching.STANDING);
    }

    /** Four factors with a statement before the adaptive quiz looks elsewhere. */
    @Override
    public int floor() {
        return 4;
    }

    @Override
    public Optional<String> checkLevel(LevelRule rule) {
        if (!FactorId.isValid(rule.source())) {
            return Optional.of("must name a work factor id: lower-case letters and digits separated by '-' or '.', "
                    + "e.g. 'night-shifts'; was '" + rule.source() + "'");
        }
        Derivation d = rule.derivation();
        if (d != null && d.formula() == Derivation.Formula.ELEMENT_MEAN && d.elements().isEmpty()) {
            return Optional.of("its derivation ELEMENT_MEAN needs at least one element");
        }
        return Optional.empty();
    }

    /** The work factor a dimension of this family measures. */
    static FactorId factor(Dimension d) {
        return FactorId.of(d.level().source());
    }

    @Override
    public Optional<LevelReading> read(CareerRole role, Dimension d) {
        Optional<FactGroup<FactorExposure>> stated = role.factor(factor(d));
        if (stated.isPresent()) {
            FactorExposure e = stated.get().value();
            // A guide gives words, not a rating: the 1-5 level is then careerfit's reading of them, and says so.
            boolean read = stated.get().chosen().provenance().reading() != null;
            return Optional.of(LevelReading.of(e.intensity(), FACTOR_MIN, FACTOR_MAX, false,
                    (read ? "careerfit's reading of the source's words on" : "the source's rating of")
                            + " how much of it the role has (1 hardly at all, 5 a defining feature)",
                    List.of(new LevelInput(d.name(), Wording.number(e.intensity()) + " of 5"
                            + (e.statement() == null ? "" : ": " + e.statement()), stated.get().chosen().provenance()))));
        }
        return d.level().derivation() == null ? Optional.empty() : derive(role, d.level().derivation());
    }

    @Override
    public String reason(Dimension d, double personSide, double roleSide, double level, double maximum,
                         double percentile) {
        // How strongly, in the words a person would use: the engine gives no reason for a side near neutral.
        String stance = personSide >= 0.5 ? "You want" : personSide > 0 ? "You lean towards"
                : personSide > -0.5 ? "You lean away from" : "You would rather avoid";
        return stance + " " + d.name().toLowerCase(Locale.ROOT) + ", and this work " + standing(roleSide, percentile);
    }

    @Override
    public String minimumText() {
        return "a statement on a pro or con that matters to you";
    }

    private static Optional<LevelReading> derive(CareerRole role, Derivation derivation) {
        return switch (derivation.formula()) {
            case ELEMENT_MEAN -> elementMean(role, derivation.elements());
            case MEDIAN_WAGE_PERCENTILE -> medianWage(role);
            case GROWTH_AND_OPENINGS -> growthAndOpenings(role);
            case JOB_ZONE -> Levels.first(role, FactKinds.JOB_ZONE).map(g -> LevelReading.of(g.value().value(), 1, 5, true,
                    "careerfit's derivation: the O*NET job zone (1 little preparation .. 5 extensive preparation)",
                    List.of(new LevelInput("O*NET job zone", g.value().label(), g.chosen().provenance()))));
            case HOT_TECHNOLOGIES -> hotTechnologies(role);
        };
    }

    private static Optional<LevelReading> elementMean(CareerRole role, List<Derivation.Element> elements) {
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
        return Optional.of(LevelReading.of(level, FACTOR_MIN, FACTOR_MAX, true,
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

    private static Optional<LevelReading> medianWage(CareerRole role) {
        for (FactGroup<SalaryBand> g : role.groups(FactKinds.SALARY)) {
            SalaryBand s = g.value();
            Optional<BigDecimal> median = s.medianAmount();
            if (s.period() == PayPeriod.ANNUAL && s.location().scope() == Location.Scope.NATIONAL
                    && "US".equals(s.location().country()) && median.isPresent()) {
                return Optional.of(LevelReading.ranked(new double[] {median.get().doubleValue()}, FACTOR_MIN,
                        FACTOR_MAX, "careerfit's derivation: 1 + 4 × the median annual wage's percentile among "
                        + "all occupations' medians",
                        List.of(new LevelInput("median annual wage, United States",
                                Wording.money(median.get(), s.currency(), PayPeriod.ANNUAL), g.chosen().provenance()))));
            }
        }
        return Optional.empty();
    }

    private static Optional<LevelReading> growthAndOpenings(CareerRole role) {
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
        return Optional.of(LevelReading.ranked(new double[] {growth.value().value(), rate}, FACTOR_MIN, FACTOR_MAX,
                "careerfit's derivation: 1 + 4 × the mean of two percentiles among all occupations: projected "
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

    private static Optional<LevelReading> hotTechnologies(CareerRole role) {
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
        return Optional.of(LevelReading.ranked(new double[] {hot}, FACTOR_MIN, FACTOR_MAX,
                "careerfit's derivation: 1 + 4 × the percentile, among all occupations, of how many O*NET "
                + "\"hot technologies\" the occupation uses",
                List.of(new LevelInput("O*NET hot technologies used", hot + " of " + tools.size() + " technologies",
                        tools.get(0).chosen().provenance()))));
    }
}
