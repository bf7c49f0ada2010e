package dev.careerfit.catalog;

import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.JobZone;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.market.SatisfactionRate;
import dev.careerfit.market.WorkforceShare;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.Rating;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.WorkValueProfile;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How the catalog groups one kind of fact and decides whether two values disagree. The rules here
 * are documented in docs/architecture.md ("When do sources disagree?"); keep the two in step.
 */
record FactKind<T>(String name, Function<T, String> topic, Function<T, String> subject, BiPredicate<T, T> agree) {

    /** Two amounts agree when they differ by at most this fraction of the larger one. */
    static final double RELATIVE_TOLERANCE = 0.01;
    /** Two percentages agree when they differ by at most this many points. */
    static final double PERCENT_POINTS_TOLERANCE = 0.5;

    /** Salaries at one place and currency; compared as annual central estimates. */
    static final FactKind<SalaryBand> SALARY = new FactKind<>("salary",
            s -> s.location().key() + ":" + s.currency().getCurrencyCode(),
            s -> "salary in " + s.location() + " (" + s.currency().getCurrencyCode() + ")",
            (a, b) -> closeAmounts(annualCentre(a), annualCentre(b)));

    static final FactKind<IndustryShare> INDUSTRY = new FactKind<>("industry", IndustryShare::key,
            i -> "share of jobs in " + i.industry().toLowerCase(Locale.ROOT),
            (a, b) -> a.percent() == null || b.percent() == null || closePercent(a.percent(), b.percent()));

    static final FactKind<OutlookFigure> OUTLOOK = new FactKind<>("outlook",
            o -> o.measure() + ":" + o.year() + ":" + o.endYear(),
            o -> o.measure().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (o.year() == null ? "" : " " + o.year() + (o.endYear() == null ? "" : "-" + o.endYear())),
            (a, b) -> a.measure().isPercent() ? closePercent(a.value(), b.value()) : closeAmounts(a.value(), b.value()));

    /** Required and typical education are the way in; preferred and helpful are a separate question. */
    static final FactKind<EducationRequirement> EDUCATION = new FactKind<>("education",
            e -> e.expectation().describesEntry() ? "entry" : "advantage",
            e -> e.expectation().describesEntry() ? "education needed to enter" : "education that gives an advantage",
            (a, b) -> a.minimumLevel() == b.minimumLevel());

    static final FactKind<EducationDistribution> EDUCATION_DISTRIBUTION = new FactKind<>("education-distribution",
            d -> "distribution", d -> "education levels of workers",
            (a, b) -> closeMaps(a.percentByLevel(), b.percentByLevel(), PERCENT_POINTS_TOLERANCE * 2));

    static final FactKind<JobZone> JOB_ZONE = new FactKind<>("job-zone", z -> "job-zone", z -> "job zone",
            Objects::equals);

    static final FactKind<SatisfactionRate> SATISFACTION = new FactKind<>("satisfaction", s -> "satisfied",
            s -> "job satisfaction", (a, b) -> closePercent(a.percent(), b.percent()));

    static final FactKind<WorkforceShare> WORKFORCE = new FactKind<>("workforce",
            w -> w.group().toLowerCase(Locale.ROOT), w -> "share of " + w.group() + " in the workforce",
            (a, b) -> closePercent(a.percent(), b.percent()));

    /** Skills agree when the proficiency asked for is the same. */
    static final FactKind<SkillRequirement> SKILL = new FactKind<>("skill", s -> s.skill().id().value(),
            s -> "proficiency needed in " + s.skill().name(), (a, b) -> a.proficiency() == b.proficiency());

    /**
     * Factors agree when their intensities are within one point and no source calls the factor a pro
     * that another calls a con (a neutral framing agrees with either).
     */
    static final FactKind<FactorExposure> FACTOR = new FactKind<>("factor", f -> f.factor().value(),
            f -> "work factor " + f.factor(),
            (a, b) -> compatible(a.framing(), b.framing()) && Math.abs(a.intensity() - b.intensity()) <= 1.0);

    static final FactKind<InterestProfile> INTERESTS = new FactKind<>("interests", p -> "interests",
            p -> "interest profile", (a, b) -> closeRatings(a.ratings(), b.ratings()));

    static final FactKind<WorkValueProfile> WORK_VALUES = new FactKind<>("work-values", p -> "work-values",
            p -> "work value profile", (a, b) -> closeRatings(a.ratings(), b.ratings()));

    private static boolean compatible(Framing a, Framing b) {
        return a == b || a == Framing.NEUTRAL || b == Framing.NEUTRAL;
    }

    private static BigDecimal annualCentre(SalaryBand band) {
        return band.convertTo(PayPeriod.ANNUAL).centralEstimate();
    }

    static boolean closeAmounts(BigDecimal a, BigDecimal b) {
        return closeAmounts(a.doubleValue(), b.doubleValue());
    }

    static boolean closeAmounts(double a, double b) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return larger == 0 || Math.abs(a - b) <= RELATIVE_TOLERANCE * larger + 1e-9;
    }

    static boolean closePercent(double a, double b) {
        return Math.abs(a - b) <= PERCENT_POINTS_TOLERANCE + 1e-9;
    }

    private static <K> boolean closeMaps(Map<K, Double> a, Map<K, Double> b, double tolerance) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> Math.abs(e.getValue() - b.get(e.getKey())) <= tolerance);
    }

    private static <K> boolean closeRatings(Map<K, Rating> a, Map<K, Rating> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e ->
                Math.abs(e.getValue().normalised() - b.get(e.getKey()).normalised()) <= 0.05);
    }

}
