package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.EntryRequirement;
import dev.careerfit.education.JobZone;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.Framing;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.Keying;
import dev.careerfit.quiz.bank.LevelInput;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.DimensionLevel;
import dev.careerfit.quiz.report.DimensionResult;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitExplanation;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.FitStatus;
import dev.careerfit.quiz.report.GivenAnswer;
import dev.careerfit.quiz.report.Preparation;
import dev.careerfit.quiz.report.PreparationVerdict;
import dev.careerfit.quiz.report.Readiness;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.quiz.report.ResultChange;
import dev.careerfit.quiz.report.SkillGap;
import dev.careerfit.quiz.report.SkillReadiness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds the {@link FitReport} for one role from its {@link Fit} and place in the ranking. */
final class ReportBuilder {
    /** Contributions smaller than this many points are not listed as reasons. */
    private static final double NOTABLE = 0.1;
    private static final int REASONS = 5;

    private final Scoreboard ranking;
    private final Fit fit;
    private final Respondent person;
    private final ScoringIndex index;
    private final CareerRole role;

    ReportBuilder(Scoreboard ranking, Fit fit, CareerRole role) {
        this.ranking = ranking;
        this.fit = fit;
        this.person = fit.person;
        this.index = person.index;
        this.role = role;
    }

    FitReport build() {
        FitEstimate estimate = ranking.estimate(fit);
        List<DimensionResult> dims = new ArrayList<>();
        List<Reason> inFavour = new ArrayList<>();
        List<Reason> against = new ArrayList<>();
        for (int d = 0; d < index.dimensions.size(); d++) {
            DimensionLevel level = index.describe(fit.role, d).orElse(null);
            if (level == null && !person.measured(d)) {
                continue;
            }
            double c = fit.contribution(d);
            boolean counts = fit.gamma[d] != 0 && fit.scored;
            dims.add(new DimensionResult(score(d), level, counts ? Numbers.round1(c) : null));
            // A base rate (preparation) moves the score but is no reason the work fits: its contribution stays
            // in the dimensions, not among the reasons (docs/scoring.md, "Preparation").
            // A neutral answer (within neutralWithin of the person's own reference) is no wish and no aversion.
            if (counts && Math.abs(c) >= NOTABLE && index.families.get(index.family[d]).fitsAlone()
                    && Math.abs(person.mean[d] - fit.familyMean(d)) >= person.settings.neutralWithin()) {
                (c > 0 ? inFavour : against).add(reason(d, c, level));
            }
        }
        dims.sort(Comparator.comparingDouble((DimensionResult r) -> r.contribution() == null ? 0
                : -Math.abs(r.contribution())));
        inFavour.sort(Comparator.comparingDouble(r -> -r.contribution()));
        against.sort(Comparator.comparingDouble(Reason::contribution));
        List<ResponseFlag> flags = List.copyOf(person.flags);
        return new FitReport(FitReport.FORMAT, person.bank.id(), person.bank.version(), role.id(), role.title(),
                estimate, Numbers.round3(person.settings.coverage()), verdict(estimate), flags, ranking.notes(),
                new Readiness(skills(), preparation()),
                new FitExplanation(dims, top(inFavour), top(against), dealBreakers(), changes()));
    }

    private static List<Reason> top(List<Reason> reasons) {
        return reasons.subList(0, Math.min(REASONS, reasons.size()));
    }

    DimensionScore score(int d) {
        return Scoreboard.score(person, d);
    }

    private String verdict(FitEstimate e) {
        String title = role.title();
        if (e.status() == FitStatus.NO_COMPARABLE_LEVELS) {
            return "No score for " + title + ": careerfit has no level for it on anything you answered that other "
                    + "occupations are also rated on, so it cannot be placed among them.";
        }
        String place = title + " ranks " + e.rank() + " of " + ranking.scored() + " for you, above "
                + share(e.percentile()) + " of them";
        String score = "score " + Numbers.one(e.score()) + ", likely between " + Numbers.one(e.interval().low())
                + " and " + Numbers.one(e.interval().high());
        if (person.verdictWithheld()) {
            return "No verdict: " + person.flags.stream().filter(ResponseFlag::withholdsVerdict)
                    .map(ResponseFlag::description).collect(Collectors.joining("; "))
                    + ". The numbers (" + score + ") say more about how the questions were answered than about you.";
        }
        return place + " (" + score + "): " + (e.band() != null ? "a " + e.band().label() + " fit."
                : "between " + e.bands().get(e.bands().size() - 1).label() + " and " + e.bands().get(0).label() + ".");
    }

    private Reason reason(int d, double contribution, DimensionLevel level) {
        Dimension dim = index.dimensions.get(d);
        double personSide = person.mean[d] - fit.familyMean(d);
        // The role's side is the sign of its coefficient: the contribution is 50 gamma_d times the person's side, so
        // the two sides' words agree with whether the reason helps or hurts (docs/scoring.md, "Fit").
        double roleSide = Math.signum(fit.gamma[d]);
        // In words alone: the points are the contribution's, which a reader asks for (--details).
        String summary = dim.family().reason(dim, personSide, roleSide, level.level(), level.maximum(),
                level.percentile()) + ".";
        return new Reason(dim.id(), dim.name(), Numbers.round1(contribution), Numbers.round2(personSide),
                contribution > 0 ? Framing.PRO : Framing.CON, level, given(dim), summary);
    }

    /** A percentage for "more than N% of occupations", rounded down so that it never claims all of them. */
    private static String share(double percent) {
        return Numbers.compact(Math.max(0, Math.min(99, Math.floor(percent)))) + "%";
    }

    private List<GivenAnswer> given(Dimension dim) {
        List<GivenAnswer> out = new ArrayList<>();
        for (Question q : person.bank.questions(dim.id())) {
            Answer a = person.answer(q.id());
            if (a == null) {
                continue;
            }
            out.add(new GivenAnswer(q.id(), q.text(), a.answered() ? a.value() : null, words(q, a),
                    q.keying() == Keying.REVERSE));
        }
        return out;
    }

    private String words(Question q, Answer a) {
        return switch (a.status()) {
            case ANSWERED -> q.option(a.value()).map(o -> o.label()).orElse(String.valueOf(a.value()));
            case NOT_SURE -> person.bank.notSureLabel();
            case SKIPPED -> person.bank.skipLabel();
        };
    }

    private List<DealBreaker> dealBreakers() {
        List<DealBreaker> out = new ArrayList<>();
        for (int d : ranking.dealBreakers(fit.role)) {
            Dimension dim = index.dimensions.get(d);
            DimensionLevel level = index.describe(fit.role, d).orElseThrow();
            out.add(new DealBreaker(dim.id(), dim.name(), Numbers.round2(person.mean[d]), person.importance[d], level,
                    "You would rather avoid " + dim.name().toLowerCase(Locale.ROOT) + (person.importance[d] == null
                            ? " and did not say it matters little" : " and it matters to you (" + person.importance[d]
                            + " of 5)") + ", and this work has more of it than "
                            + share(level.percentile()) + " of occupations."));
        }
        return out;
    }

    private SkillReadiness skills() {
        List<ScoringIndex.Requirement> needs = index.requirements(fit.role);
        double need = 0;
        double met = 0;
        double unratedNeed = 0;
        int rated = 0;
        List<SkillGap> gaps = new ArrayList<>();
        List<String> unrated = new ArrayList<>();
        for (ScoringIndex.Requirement r : needs) {
            Integer self = person.skills.get(r.skill().id());
            if (self == null) {
                unrated.add(r.skill().name());
                unratedNeed += r.weight() * r.required();
                continue;
            }
            rated++;
            need += r.weight() * r.required();
            met += r.weight() * Math.min(self, r.required());
            if (self < r.required() - 0.25) {
                gaps.add(new SkillGap(r.skill().name(), Numbers.round1(r.required()), self, Numbers.round2(r.weight()),
                        r.fact()));
            }
        }
        gaps.sort(Comparator.comparingDouble((SkillGap g) -> -g.weight() * g.gap()));
        Double coverage = need > 0 ? Double.valueOf(Numbers.round3(met / need)) : rated > 0 ? Double.valueOf(1) : null;
        double all = need + unratedNeed;
        double low = all > 0 ? met / all : 1;
        double high = all > 0 ? (met + unratedNeed) / all : 1;
        return new SkillReadiness(coverage, Numbers.round3(low), Numbers.round3(high), rated, needs.size(), gaps,
                unrated);
    }

    /** Typical years of study from a high school diploma to each level (docs/scoring.md, "Readiness"). */
    static double yearsTo(EducationLevel level) {
        return switch (level) {
            case LESS_THAN_HIGH_SCHOOL, HIGH_SCHOOL -> 0;
            case POST_SECONDARY_CERTIFICATE, SOME_COLLEGE -> 1;
            case ASSOCIATES -> 2;
            case BACHELORS -> 4;
            case POST_BACCALAUREATE_CERTIFICATE -> 5;
            case MASTERS -> 6;
            case POST_MASTERS_CERTIFICATE, FIRST_PROFESSIONAL -> 7;
            case DOCTORATE -> 9;
            case POST_DOCTORAL -> 11;
        };
    }

    private Preparation preparation() {
        List<String> wayIn = new ArrayList<>();
        List<LevelInput> sources = new ArrayList<>();
        EducationLevel needed = null;
        for (FactGroup<EducationRequirement> g : role.groups(FactKinds.EDUCATION)) {
            EducationLevel min = g.value().minimumLevel();
            if (min != null && needed == null) {
                needed = min;
                wayIn.add("Usual education at entry: " + min.label());
                sources.add(new LevelInput("education at entry", min.label(), g.chosen().provenance()));
            }
        }
        for (FactGroup<JobZone> g : role.groups(FactKinds.JOB_ZONE)) {
            JobZone z = g.value();
            wayIn.add(z.label() + (z.education() == null ? "" : ": " + z.education()));
            if (z.experience() != null) {
                wayIn.add("Experience: " + z.experience());
            }
            sources.add(new LevelInput("O*NET job zone", z.label(), g.chosen().provenance()));
            if (needed == null) {
                needed = switch (z.value()) {
                    case 1, 2 -> EducationLevel.HIGH_SCHOOL;
                    case 3 -> EducationLevel.ASSOCIATES;
                    case 4 -> EducationLevel.BACHELORS;
                    default -> EducationLevel.MASTERS;
                };
            }
        }
        for (FactGroup<EntryRequirement> g : role.groups(FactKinds.ENTRY_REQUIREMENT)) {
            wayIn.add(g.value().aspect().label() + ": " + g.value().requirement());
            sources.add(new LevelInput(g.value().aspect().label(), g.value().requirement(), g.chosen().provenance()));
        }
        for (FactGroup<CareerPath> g : role.groups(FactKinds.CAREER_PATH)) {
            CareerPath p = g.value();
            wayIn.add("Route \"" + p.name() + "\": " + p.steps().stream().map(s -> s.title()
                    + (s.duration() == null ? "" : " (" + s.duration() + ")")).collect(Collectors.joining(", then ")));
            sources.add(new LevelInput("route in: " + p.name(), p.requiredYears().toString(), g.chosen().provenance()));
        }
        EducationLevel held = person.education;
        Integer willing = person.studyYears;
        Double years = needed == null || held == null ? null : Math.max(0, yearsTo(needed) - yearsTo(held));
        PreparationVerdict verdict = years == null ? PreparationVerdict.UNKNOWN
                : years == 0 ? PreparationVerdict.READY
                : willing == null ? PreparationVerdict.UNKNOWN
                : years <= willing ? PreparationVerdict.WITHIN_PLAN : PreparationVerdict.BEYOND_PLAN;
        String summary = switch (verdict) {
            case READY -> "You already hold " + held.label() + ", which meets the usual entry level ("
                    + needed.label() + ").";
            case WITHIN_PLAN -> "The usual entry level is " + needed.label() + ": about " + Numbers.compact(years)
                    + " more years of study from " + held.label() + ", within the " + willing + " you would invest.";
            case BEYOND_PLAN -> "The usual entry level is " + needed.label() + ": about " + Numbers.compact(years)
                    + " more years of study from " + held.label() + ", more than the " + willing + " you would invest.";
            case UNKNOWN -> needed == null ? "The usual entry education for this work is not known to careerfit."
                    : held == null ? "The usual entry level is " + needed.label() + "; say what you hold to compare."
                    : "The usual entry level is " + needed.label() + ": about " + Numbers.compact(years)
                    + " more years of study; say how many years you would invest to compare.";
        };
        return new Preparation(verdict, needed, held, years, willing, person.experienceYears, wayIn, sources,
                summary);
    }

    private List<ResultChange> changes() {
        List<ResultChange> out = new ArrayList<>();
        for (int d = 0; d < index.dimensions.size(); d++) {
            Dimension dim = index.dimensions.get(d);
            List<Question> open = person.bank.questions(dim.id()).stream()
                    .filter(q -> person.answer(q.id()) == null || !person.answer(q.id()).answered()).toList();
            if (open.isEmpty() || !index.has(fit.role, d)) {
                continue;
            }
            double swing = swing(d, open.size());
            if (swing >= NOTABLE) {
                out.add(new ResultChange(dim.id(), dim.name(), open.stream().map(Question::id).toList(),
                        Numbers.round1(swing), "Answering the " + open.size() + " open question"
                        + (open.size() == 1 ? "" : "s") + " on " + dim.name().toLowerCase(Locale.ROOT)
                        + " could move the score by up to " + Numbers.points(swing, false) + " either way."));
            }
        }
        out.sort(Comparator.comparingDouble(c -> -c.swing()));
        return out.subList(0, Math.min(person.settings.changesListed(), out.size()));
    }

    /**
     * Points the score could move if the {@code open} items on {@code d} were answered at the scale's end:
     * their share of the dimension's items times the role's coefficient; for a dimension not yet measured,
     * the coefficient it would get.
     */
    private double swing(int d, int open) {
        double g = fit.gamma[d];
        if (g == 0) {
            int f = index.family[d];
            g = index.matcher[f].potential(person, fit.role, d, f) / 3;
        }
        double share = (double) open / (open + person.answered[d]);
        return 50 * Math.abs(g) * 2 * share;
    }
}
