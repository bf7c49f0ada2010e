package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.YearRange;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.quiz.bank.Keying;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.ResponseOption;
import dev.careerfit.quiz.report.ChangeKind;
import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.EducationCheck;
import dev.careerfit.quiz.report.FactorResult;
import dev.careerfit.quiz.report.FactorStatus;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.FitStatus;
import dev.careerfit.quiz.report.GivenAnswer;
import dev.careerfit.quiz.report.PathFit;
import dev.careerfit.quiz.report.PathOption;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.quiz.report.ResultChange;
import dev.careerfit.quiz.report.SkillGap;
import dev.careerfit.quiz.report.SkillReadiness;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.SkillId;
import dev.careerfit.role.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a {@link RoleFit} into a {@link FitReport}: the explanation around the numbers. */
final class ReportBuilder {
    private static final String[] INTENSITY = {"hardly any", "a little", "a moderate amount", "a lot", "a great deal"};

    private final CareerCatalog catalog;
    private final RoleFit fit;
    private final Person person;
    private final QuestionBank bank;
    private final ScoringSettings settings;

    ReportBuilder(CareerCatalog catalog, RoleFit fit) {
        this.catalog = catalog;
        this.fit = fit;
        this.person = fit.person();
        this.bank = person.bank();
        this.settings = person.settings();
    }

    FitReport build() {
        FitEstimate estimate = fit.estimate();
        List<RoleFit.Term> terms = fit.terms().stream()
                .sorted(Comparator.comparingDouble(RoleFit.Term::exposure).reversed()
                        .thenComparing(RoleFit.Term::factor))
                .toList();
        List<Reason> reasons = terms.stream().map(this::reason).filter(r -> r != null).toList();
        List<Reason> inFavour = reasons.stream().filter(r -> r.contribution() > 0)
                .sorted(Comparator.comparingDouble(Reason::contribution).reversed()).toList();
        List<Reason> against = reasons.stream().filter(r -> r.contribution() < 0)
                .sorted(Comparator.comparingDouble(Reason::contribution)).toList();
        CareerRole role = fit.role();
        return new FitReport(FitReport.FORMAT, bank.id(), bank.version(), role.id(), role.title(), estimate.status(),
                estimate.score(), estimate.interval(), estimate.band(), estimate.bands(),
                terms.stream().map(this::factorResult).toList(), inFavour, against,
                terms.stream().map(this::dealBreaker).filter(d -> d != null).toList(), skills(), changes(),
                notes(terms, estimate.status()));
    }

    private FactorResult factorResult(RoleFit.Term t) {
        Attitude a = t.attitude();
        Double contribution = fit.contribution(t);
        return new FactorResult(t.factor(), name(t.factor()), a.status(), a.scored() ? Numbers.round3(a.mean()) : null,
                Numbers.round3(a.low(settings.z())), Numbers.round3(a.high(settings.z())), a.answered(), a.items(),
                person.importance(t.factor()), Numbers.round3(t.weight()), t.group().value().intensity(),
                Numbers.round3(t.exposure()), contribution == null ? null : Numbers.round2(contribution));
    }

    private Reason reason(RoleFit.Term t) {
        Double contribution = fit.contribution(t);
        if (contribution == null || Numbers.round2(contribution) == 0) {
            return null;
        }
        double a = t.attitude().mean();
        FactorExposure exposure = t.group().value();
        String summary = name(t.factor()) + ": " + attitudeWords(a) + " (" + Numbers.signed(a) + ") and the role has "
                + intensityWords(exposure.intensity()) + " of it (" + Numbers.compact(exposure.intensity())
                + " of 5); " + importanceWords(t.factor()) + ". " + String.format(Locale.ROOT, "%+.1f", contribution)
                + " points. Source: " + t.group().chosen().provenance().describe() + ", which frames it as a "
                + framingWords(exposure.framing()) + ".";
        FactGroup<FactorExposure> g = t.group();
        return new Reason(t.factor(), name(t.factor()), Numbers.round2(contribution), Numbers.round3(a),
                Numbers.round3(t.weight()), a > 0 ? Framing.PRO : Framing.CON, exposure.framing(), g.chosen(),
                g.disputed(), g.resolution(), givenAnswers(t.factor()), summary);
    }

    private DealBreaker dealBreaker(RoleFit.Term t) {
        Attitude a = t.attitude();
        Integer importance = person.importance(t.factor());
        double intensity = t.group().value().intensity();
        if (!a.scored() || importance == null || a.mean() > settings.dealBreakerAttitude()
                || importance < settings.dealBreakerImportance() || intensity < settings.dealBreakerIntensity()) {
            return null;
        }
        String summary = name(t.factor()) + ": " + attitudeWords(a.mean()) + " (" + Numbers.signed(a.mean())
                + "), it matters to you (" + importance + " of 5), and the role has " + intensityWords(intensity)
                + " of it (" + Numbers.compact(intensity) + " of 5, " + t.group().chosen().provenance().describe() + ").";
        return new DealBreaker(t.factor(), name(t.factor()), Numbers.round3(a.mean()), importance, t.group().chosen(),
                summary);
    }

    private List<GivenAnswer> givenAnswers(FactorId factor) {
        List<GivenAnswer> out = new ArrayList<>();
        for (Question q : bank.agreementQuestions(factor)) {
            Answer a = person.answer(q.id());
            out.add(new GivenAnswer(q.id(), q.text(), a != null && a.answered() ? a.value() : null, answerWords(q, a),
                    q.keying() == Keying.REVERSE));
        }
        return out;
    }

    private String answerWords(Question q, Answer a) {
        if (a == null) {
            return "not answered";
        }
        return switch (a.status()) {
            case ANSWERED -> q.option(a.value()).map(ResponseOption::label).orElse(String.valueOf(a.value()));
            case NOT_SURE -> bank.notSureLabel();
            case SKIPPED -> bank.skipLabel();
        };
    }

    // --- skills readiness -------------------------------------------------------------------------

    private SkillReadiness skills() {
        CareerRole role = fit.role();
        int requiredSum = 0;
        int ratedRequired = 0;
        int covered = 0;
        int unratedRequired = 0;
        int rated = 0;
        List<SkillGap> gaps = new ArrayList<>();
        List<SkillId> unrated = new ArrayList<>();
        for (FactGroup<SkillRequirement> g : role.groups(FactKinds.SKILL)) {
            SkillRequirement req = g.value();
            int required = req.proficiency().level();
            Proficiency self = person.skill(req.skill().id());
            requiredSum += required;
            if (self == null) {
                unrated.add(req.skill().id());
                unratedRequired += required;
                continue;
            }
            rated++;
            ratedRequired += required;
            covered += Math.min(self.level(), required);
            if (self.level() < required) {
                gaps.add(new SkillGap(g.chosen(), self, required - self.level()));
            }
        }
        gaps.sort(Comparator.comparingInt(SkillGap::gap).reversed()
                .thenComparing(Comparator.comparingDouble(ReportBuilder::importance).reversed())
                .thenComparing(gap -> gap.requirement().value().skill().id()));
        Double coverage = ratedRequired > 0 ? Numbers.round3((double) covered / ratedRequired) : null;
        double low = requiredSum > 0 ? (double) covered / requiredSum : 1;
        double high = requiredSum > 0 ? (double) (covered + unratedRequired) / requiredSum : 1;
        EducationCheck education = education(role);
        List<PathOption> paths = role.facts(FactKinds.CAREER_PATH).stream().map(this::path)
                .sorted(Comparator.comparing(PathOption::fit).thenComparingDouble(p -> p.requiredYears().min()))
                .toList();
        int requiredSkills = role.groups(FactKinds.SKILL).size();
        return new SkillReadiness(coverage, Numbers.round3(low), Numbers.round3(high), rated, requiredSkills,
                gaps, unrated, education, person.studyYears(), paths,
                skillSummary(coverage, rated, requiredSkills, gaps));
    }

    private static double importance(SkillGap gap) {
        return gap.requirement().value().importance() == null ? 0 : gap.requirement().value().importance().normalised();
    }

    private String skillSummary(Double coverage, int rated, int required, List<SkillGap> gaps) {
        if (required == 0) {
            return "The catalog lists no skills for this role.";
        }
        if (coverage == null) {
            return "You have not rated your skills for this role yet (" + required + " skills).";
        }
        String text = "You cover " + Math.round(coverage * 100) + "% of the skill levels the role asks for (" + rated
                + " of " + required + " skills rated).";
        if (gaps.isEmpty()) {
            return text + " No gaps among the skills you rated.";
        }
        return text + " Largest gaps: " + gaps.stream().limit(3).map(g -> g.requirement().value().skill().name() + " ("
                + level(g.self()) + " -> " + level(g.requirement().value().proficiency()) + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

    private EducationCheck education(CareerRole role) {
        if (person.education() == null) {
            return null;
        }
        return role.groups(FactKinds.EDUCATION).stream().filter(g -> g.value().expectation().describesEntry()).findFirst()
                .map(g -> {
                    EducationRequirement req = g.value();
                    return new EducationCheck(person.education(), req.minimumLevel(),
                            person.education().compareTo(req.minimumLevel()) >= 0, g.chosen());
                }).orElse(null);
    }

    private PathOption path(Sourced<CareerPath> sourced) {
        CareerPath path = sourced.value();
        YearRange required = path.requiredYears();
        YearRange all = path.allYears();
        Integer willing = person.studyYears();
        boolean timed = path.steps().stream().anyMatch(s -> s.duration() != null);
        PathFit pathFit;
        if (willing == null || !timed) {
            pathFit = PathFit.UNKNOWN;
        } else if (required.max() <= willing) {
            pathFit = PathFit.WITHIN;
        } else if (required.min() <= willing) {
            pathFit = PathFit.PARTLY;
        } else {
            pathFit = PathFit.BEYOND;
        }
        String years = willing == null ? "" : switch (pathFit) {
            case WITHIN -> "; it fits the " + willing + " years of study you would invest";
            case PARTLY -> "; only its shortest estimate fits the " + willing + " years of study you would invest";
            case BEYOND -> "; it takes longer than the " + willing + " years of study you would invest";
            case UNKNOWN -> "";
        };
        String summary = "'" + path.name() + "': " + (timed ? required + " of required steps" : "no durations given")
                + (timed && !all.equals(required) ? " (" + all + " with the optional ones)" : "") + years + ".";
        return new PathOption(sourced, required, all, pathFit, summary);
    }

    // --- what would change the result -------------------------------------------------------------

    /** A possible change, before it is ranked; its sentence is written only for those listed. */
    private record Candidate(List<String> questions, FactorId factor, ChangeKind kind, String currently, double low,
                             double high, double swing, String what) {
        ResultChange toChange() {
            return new ResultChange(questions, factor, kind, currently, low, high, swing, what
                    + " could put the score anywhere from " + Numbers.one(low) + " to " + Numbers.one(high)
                    + " (swing " + Numbers.one(swing) + ").");
        }
    }

    private List<ResultChange> changes() {
        List<Candidate> out = new ArrayList<>();
        for (RoleFit.Term t : fit.terms()) {
            if (t.exposure() <= 0 || t.attitude().status() == FactorStatus.NO_QUESTIONS) {
                continue;
            }
            List<Question> items = bank.agreementQuestions(t.factor());
            List<String> open = items.stream().map(Question::id)
                    .filter(id -> person.answer(id) == null || !person.answer(id).answered()).toList();
            boolean singleCounts = t.attitude().scored() || t.attitude().answered() + 1 >= settings.minimumAnswers();
            if (singleCounts) {
                for (Question q : items) {
                    change(out, t, List.of(q.id()), ChangeKind.ATTITUDE, answerWords(q, person.answer(q.id())));
                }
            } else if (!open.isEmpty()) {
                change(out, t, open, ChangeKind.FACTOR, t.attitude().answered() + " of " + items.size() + " answered");
            }
            if (t.attitude().scored()) {
                bank.importanceQuestion(t.factor()).ifPresent(q -> importanceChange(out, t, q));
            }
        }
        // One entry per factor and kind: three statements on one factor with the same swing say one thing.
        Set<String> seen = new HashSet<>();
        return out.stream().filter(c -> c.swing() >= 0.05)
                .sorted(Comparator.comparingDouble(Candidate::swing).reversed()
                        .thenComparing(c -> c.questions().get(0)))
                .filter(c -> seen.add(c.factor() + "/" + (c.kind() == ChangeKind.IMPORTANCE ? "importance" : "attitude")))
                .limit(settings.changesListed()).map(Candidate::toChange).toList();
    }

    private void change(List<Candidate> out, RoleFit.Term t, List<String> questions, ChangeKind kind,
                        String currently) {
        Double ifDisliked = fit.pointWith(t.factor(), person.attitude(t.factor(), questions, -1.0), t.weight());
        Double ifLiked = fit.pointWith(t.factor(), person.attitude(t.factor(), questions, 1.0), t.weight());
        if (ifDisliked == null || ifLiked == null) {
            return;
        }
        String what = kind == ChangeKind.FACTOR
                ? "Answering the " + questions.size() + " open questions on " + name(t.factor()) + " ("
                        + String.join(", ", questions) + ") alike"
                : "Question " + questions.get(0) + " on " + name(t.factor()) + " (now: " + currently + ")";
        add(out, questions, t.factor(), kind, currently, ifDisliked, ifLiked, what);
    }

    private void importanceChange(List<Candidate> out, RoleFit.Term t, Question q) {
        Double least = fit.pointWith(t.factor(), t.attitude(), settings.weightOf(q.lowestValue()));
        Double most = fit.pointWith(t.factor(), t.attitude(), settings.weightOf(q.highestValue()));
        if (least == null || most == null) {
            return;
        }
        String currently = answerWords(q, person.answer(q.id()));
        add(out, List.of(q.id()), t.factor(), ChangeKind.IMPORTANCE, currently, least, most,
                "How much " + name(t.factor()) + " matters to you (" + q.id() + ", now: " + currently + ")");
    }

    private static void add(List<Candidate> out, List<String> questions, FactorId factor, ChangeKind kind,
                            String currently, double a, double b, String what) {
        double low = Numbers.round1(Math.min(a, b));
        double high = Numbers.round1(Math.max(a, b));
        out.add(new Candidate(questions, factor, kind, currently, low, high, Numbers.round1(high - low), what));
    }

    // --- notes ------------------------------------------------------------------------------------

    private List<String> notes(List<RoleFit.Term> terms, FitStatus status) {
        List<String> notes = new ArrayList<>();
        List<RoleFit.Term> exposed = terms.stream().filter(t -> t.exposure() > 0).toList();
        String noQuestions = names(exposed.stream().filter(t -> t.attitude().status() == FactorStatus.NO_QUESTIONS));
        if (!noQuestions.isEmpty()) {
            notes.add("The question bank has no questions on " + noQuestions
                    + "; the role has it, so it widens the interval instead of counting.");
        }
        String tooFew = names(exposed.stream().filter(t -> t.attitude().status() == FactorStatus.NOT_ENOUGH_ANSWERS));
        if (!tooFew.isEmpty()) {
            notes.add("Too few answers to count (at least " + settings.minimumAnswers() + " needed; not sure and "
                    + "skipped do not count): " + tooFew + ". They widen the interval.");
        }
        String defaulted = names(exposed.stream().filter(t -> t.attitude().scored() && person.importance(t.factor()) == null));
        if (!defaulted.isEmpty()) {
            boolean one = !defaulted.contains(", ");
            notes.add("You did not say how much " + defaulted + (one ? " matters to you; it counts" : " matter to you; "
                    + "they count") + " at weight " + Numbers.compact(settings.defaultWeight()) + ".");
        }
        terms.stream().filter(t -> t.group().disputed()).forEach(t -> notes.add("Sources disagree on how much of "
                + name(t.factor()) + " the role has; this report uses " + Numbers.compact(t.group().value().intensity())
                + " of 5 from " + t.group().chosen().provenance().describe()
                + (t.group().resolution() == null ? "" : " (" + t.group().resolution() + ")") + "."));
        if (status == FitStatus.NOT_ENOUGH_ANSWERS) {
            notes.add(fit.totalMass() > 0
                    ? "No score yet: answer at least " + settings.minimumAnswers() + " questions on a factor the role has."
                    : "No score: the role has none of the factors you gave any weight to.");
        }
        return notes;
    }

    private String names(java.util.stream.Stream<RoleFit.Term> terms) {
        return terms.map(t -> name(t.factor())).collect(Collectors.joining(", "));
    }

    // --- words ------------------------------------------------------------------------------------

    private String name(FactorId factor) {
        return catalog.factor(factor).map(WorkFactor::name).orElse(factor.value());
    }

    private String importanceWords(FactorId factor) {
        Integer importance = person.importance(factor);
        if (importance == null) {
            return "you did not say how much it matters (weight " + Numbers.compact(settings.defaultWeight()) + ")";
        }
        String label = bank.importanceQuestion(factor).flatMap(q -> q.option(importance))
                .map(o -> o.label().toLowerCase(Locale.ROOT)).orElse(importance + " of 5");
        return "it matters to you: " + label + " (" + importance + " of 5)";
    }

    static String attitudeWords(double a) {
        if (a >= 0.5) {
            return "you clearly like it";
        }
        if (a > 0) {
            return "you lean towards liking it";
        }
        if (a == 0) {
            return "you are neutral about it";
        }
        return a > -0.5 ? "you lean against it" : "you clearly dislike it";
    }

    static String intensityWords(double intensity) {
        return INTENSITY[(int) Math.round(intensity) - 1];
    }

    private static String framingWords(Framing framing) {
        return switch (framing) {
            case PRO -> "pro";
            case CON -> "con";
            case NEUTRAL -> "neutral point";
        };
    }

    private static String level(Proficiency p) {
        return p.name().toLowerCase(Locale.ROOT);
    }
}
