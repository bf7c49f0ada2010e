package dev.careerfit.quiz.bank;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.education.CategoryDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.JobZone;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.fact.Wording;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.provenance.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the person's preparation says (docs/scoring.md, "Preparation"): a base rate, how many people with their
 * education hold the job, from the BLS's employment and the educational attainment of the people in the job
 * (Employment Projections 2024-34, tables 1.2 and 5.3). It is not a fit: it makes common jobs for people like them
 * rank higher, which is what a real person's field of study follows (docs/validity.md), and the report says so.
 *
 * <p>One dimension per attainment category of table 5.3, its level rule's source an {@link EducationLevel} name;
 * the education answer selects the highest one the person holds. A role's level on it is
 * <pre>
 * y = (0.25 ln(jobs) + 2 ln(share + 0.001)) / 2
 * </pre>
 * share the part of its workers 25 and older who hold that education or more, matched as a {@linkplain
 * Matching#BASE_RATE base rate}. With the interest family's weight 2 against this family's 1 the fit then orders
 * roles as 4 r + 0.25 ln(jobs) + 2 ln(share + 0.001) does: the method whose constants were chosen on the tuning part
 * of the real people and checked on the held-back part (docs/validity.md, "The method"). A role whose O*NET job zone
 * is below the one the education prepares for has no level, and the family {@linkplain #gates() gates}: such roles
 * rank after the others, as My Next Move shows a person only the job zones they choose. A role without one of the
 * figures takes the median employment or the median share of the catalog's occupations; without both, it has no
 * level.
 */
final class PreparationFamily extends DimensionFamily {
    /** Weight of ln(jobs), chosen on the tuning part of the real people (docs/validity.md). */
    static final double JOBS_WEIGHT = 0.25;
    /** Weight of ln(share + 0.001), chosen likewise. */
    static final double SHARE_WEIGHT = 2;
    /** Phase 1's weight of r (4) over the interest family's weight against this one's (2 to 1). */
    static final double SCALE = 2;
    /** The median 2024 employment of the catalog's O*NET occupations (EP 2024-34): for a role without the figure. */
    static final double MEDIAN_JOBS = 52_444;

    PreparationFamily() {
        super("PREPARATION", "preparation", QuestionKind.EDUCATION_HELD, Matching.BASE_RATE);
    }

    /** No adaptive floor: the education question is a readiness question, asked when the session asks those. */
    @Override
    public int floor() {
        return 0;
    }

    /** A base rate is no fit: an education answer alone gives no result. */
    @Override
    public boolean fitsAlone() {
        return false;
    }

    @Override
    public boolean gates() {
        return true;
    }

    @Override
    public Optional<String> checkLevel(LevelRule rule) {
        return Levels.oneOf(rule, EducationLevel.class, "an education level");
    }

    /** The highest of the family's dimensions whose education the person holds. */
    @Override
    public Optional<Dimension> selected(int value, List<Dimension> dimensions) {
        EducationLevel held = EducationLevel.ofOnetCategory(value);
        Dimension best = null;
        for (Dimension d : dimensions) {
            EducationLevel level = level(d);
            if (level.compareTo(held) <= 0 && (best == null || level.compareTo(level(best)) > 0)) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The lowest O*NET job zone an education prepares for (O*NET's job zone descriptions): a high school diploma or a
     * certificate zone 2, an associate's degree zone 3, a bachelor's degree or more zone 4 (a graduate degree does not
     * leave out the work a bachelor's prepares for).
     */
    static int zoneFor(EducationLevel level) {
        return switch (level) {
            case LESS_THAN_HIGH_SCHOOL -> 1;
            case HIGH_SCHOOL, POST_SECONDARY_CERTIFICATE, SOME_COLLEGE -> 2;
            case ASSOCIATES -> 3;
            default -> 4;
        };
    }

    private static EducationLevel level(Dimension d) {
        return EducationLevel.valueOf(d.level().source());
    }

    @Override
    public Optional<LevelReading> read(CareerRole role, Dimension d) {
        return read(role, d, 1);
    }

    /** The jobs of the role's SOC occupation are shared equally among the {@code sharing} O*NET occupations in it. */
    @Override
    public Optional<LevelReading> read(CareerRole role, Dimension d, int sharing) {
        EducationLevel education = level(d);
        Optional<FactGroup<JobZone>> zone = Levels.first(role, FactKinds.JOB_ZONE);
        if (zone.isPresent() && zone.get().value().value() < zoneFor(education)) {
            return Optional.empty();
        }
        Sourced<OutlookFigure> jobs = null;
        for (FactGroup<OutlookFigure> g : role.groups(FactKinds.OUTLOOK)) {
            if (g.value().measure() == OutlookMeasure.JOBS_IN_YEAR && g.value().value() > 0) {
                jobs = g.chosen();
                break;
            }
        }
        Optional<FactGroup<CategoryDistribution>> attainment = Levels.first(role, FactKinds.ATTAINMENT);
        if (jobs == null && attainment.isEmpty()) {
            // Nothing said about who holds the job: no level, rather than the catalog's middle.
            return Optional.empty();
        }
        List<LevelInput> from = new ArrayList<>();
        zone.ifPresent(z -> from.add(new LevelInput("O*NET job zone", z.value().label(), z.chosen().provenance())));
        double count = MEDIAN_JOBS;
        String fallback = "";
        if (jobs != null) {
            count = jobs.value().value() / sharing;
            from.add(new LevelInput("jobs in " + jobs.value().year(), Wording.number((long) jobs.value().value()),
                    jobs.provenance()));
            if (sharing > 1) {
                fallback = "; the jobs shared among the " + sharing + " O*NET occupations of its SOC code";
            }
        } else {
            fallback = "; no employment figure, so the median of the catalog's occupations";
        }
        double share = medianShare(education);
        if (attainment.isPresent()) {
            share = attainment.get().value().percentAtLeast(education) / 100;
            from.add(new LevelInput("workers 25 and older holding " + education.label() + " or more",
                    Wording.number(Math.round(share * 1000) / 10.0) + "%", attainment.get().chosen().provenance()));
        } else {
            fallback += "; no attainment figures, so the median share of the catalog's occupations";
        }
        double y = (JOBS_WEIGHT * Math.log(Math.max(count, 1)) + SHARE_WEIGHT * Math.log(share + 0.001)) / SCALE;
        return Optional.of(LevelReading.of(y, MINIMUM, MAXIMUM, true, "careerfit's derivation: (0.25 ln(jobs) + 2 "
                + "ln(share of its workers holding " + education.label() + " or more + 0.001)) / 2: how many people "
                + "with that education hold the job" + fallback, from));
    }

    /** The scale's ends: ln(0.001) for no worker with the education, 0.125 ln(jobs) for any job count up to 10^10. */
    static final double MINIMUM = -7;
    static final double MAXIMUM = 3;

    /**
     * The median, over the catalog's O*NET occupations, of the share of workers 25 and older holding at least
     * {@code level} (EP 2024-34 table 5.3): for a role without attainment figures.
     */
    static double medianShare(EducationLevel level) {
        return switch (level) {
            case LESS_THAN_HIGH_SCHOOL -> 1.0;
            case HIGH_SCHOOL -> 0.974;
            case POST_SECONDARY_CERTIFICATE, SOME_COLLEGE -> 0.779;
            case ASSOCIATES -> 0.535;
            case BACHELORS -> 0.39;
            case POST_BACCALAUREATE_CERTIFICATE, MASTERS -> 0.084;
            default -> 0.012;
        };
    }

    @Override
    public String reason(Dimension d, double personSide, double roleSide, double level, double maximum,
                         double percentile) {
        boolean more = percentile >= 50;
        return "People with " + level(d).label() + " hold this work " + (more ? "more" : "less") + " often than "
                + share(more ? percentile : 100 - percentile) + " of occupations (a base rate, not a fit)";
    }

    @Override
    public String shown(double score) {
        return "held";
    }

    @Override
    public String scale() {
        return "the education you hold";
    }

    @Override
    public String minimumText() {
        return "your highest education";
    }
}
