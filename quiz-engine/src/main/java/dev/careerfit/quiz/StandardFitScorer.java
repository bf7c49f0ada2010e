package dev.careerfit.quiz;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.internal.AnswerCheck;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.RoleComparison;
import dev.careerfit.role.RoleId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The {@link FitScorer}: checks the answers, builds a {@link Person} once, then ranks every role. */
final class StandardFitScorer implements FitScorer {
    private final CareerCatalog catalog;
    private final QuestionBank bank;
    private final ScoringSettings settings;
    private final ScoringIndex index;
    /** Found on first use: it reads every rated role's facts, which a command scoring one person need not. */
    private volatile List<Problem> warnings;

    StandardFitScorer(CareerCatalog catalog, QuestionBank bank, ScoringSettings settings) {
        this(catalog, bank, settings, null, null);
    }

    StandardFitScorer(CareerCatalog catalog, QuestionBank bank, ScoringSettings settings, Path indexFile,
                      String indexKey) {
        this.catalog = catalog;
        this.settings = settings;
        QuestionBank named = bank.withFactors(catalog.factors());
        this.index = indexFile == null ? ScoringIndex.build(catalog, named)
                : ScoringIndexFile.read(indexFile, indexKey, catalog, named).orElseGet(() -> {
                    ScoringIndex built = ScoringIndex.build(catalog, named);
                    ScoringIndexFile.write(indexFile, indexKey, built);
                    return built;
                });
        this.bank = named.withSkills(index.skills.values());
    }

    @Override
    public CareerCatalog catalog() {
        return catalog;
    }

    @Override
    public QuestionBank bank() {
        return bank;
    }

    @Override
    public ScoringSettings settings() {
        return settings;
    }

    @Override
    public List<Problem> warnings() {
        List<Problem> found = warnings;
        if (found == null) {
            // Racing threads compute the same list; either result is the answer.
            found = List.copyOf(warnings(catalog, bank));
            warnings = found;
        }
        return found;
    }

    ScoringIndex index() {
        return index;
    }

    @Override
    public List<Problem> check(Answers answers, Collection<String> roles) {
        Objects.requireNonNull(answers, "answers");
        return AnswerCheck.problems("", answers, bank, catalog, roles);
    }

    @Override
    public FitReport score(Answers answers) {
        String role = answers.role().orElseThrow(() -> new InvalidDataException("answers",
                List.of(new Problem("$.role", "the answers name no role; name one or call score(answers, roleId)"))));
        return score(answers, role);
    }

    @Override
    public FitReport score(Answers answers, String roleId) {
        return report(new Ranking(person(answers, List.of(roleId))), roleId);
    }

    @Override
    public ScoringProfile profile(Answers answers) {
        return new ScoringProfile(person(answers, List.of()), this);
    }

    @Override
    public List<RankedRole> best(ScoringProfile person, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Ranking ranking = own(person).ranking();
        List<Integer> top = ranking.top(limit);
        List<RankedRole> out = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            double points = ranking.points(top.get(i));
            if (Double.isNaN(points)) {
                break;
            }
            out.add(new RankedRole(index.ids[top.get(i)], i + 1, Numbers.round1(Math.max(0, Math.min(100, points)))));
        }
        return out;
    }

    @Override
    public RoleComparison compareAll(ScoringProfile person, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Ranking ranking = own(person).ranking();
        return ranking.comparison(ranking.top(limit));
    }

    @Override
    public FitReport score(ScoringProfile person, String roleId) {
        return report(own(person).ranking(), roleId);
    }

    private FitReport report(Ranking ranking, String roleId) {
        int row = row(roleId);
        return new ReportBuilder(ranking, ranking.fit(row), catalog.requireRole(roleId)).build();
    }

    private ScoringProfile own(ScoringProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (profile.owner != this) {
            throw new IllegalArgumentException("the profile was made by another scorer; make one with this "
                    + "scorer's profile(answers)");
        }
        return profile;
    }

    @Override
    public FitEstimate estimate(Answers answers, String roleId) {
        Ranking ranking = new Ranking(person(answers, List.of(roleId)));
        return ranking.estimate(ranking.fit(row(roleId)));
    }

    @Override
    public RoleComparison compare(Answers answers, Collection<String> roleIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(roleIds));
        Ranking ranking = new Ranking(person(answers, ids));
        Set<Integer> wanted = new HashSet<>();
        ids.forEach(id -> wanted.add(row(id)));
        return ranking.comparison(ranking.order().stream().filter(wanted::contains).toList());
    }

    @Override
    public RoleComparison compareAll(Answers answers, int limit) {
        return compareAll(profile(answers), limit);
    }

    @Override
    public List<Question> skillQuestions(String roleId) {
        return index.requirements(row(roleId)).stream()
                .sorted(Comparator.comparingDouble((ScoringIndex.Requirement r) -> -r.weight() * r.required()))
                .map(r -> bank.skillQuestion(r.skill().id())).flatMap(Optional::stream).toList();
    }

    @Override
    public QuizAdvice advise(Answers answers, Set<String> asked, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
        return Adaptive.advise(person(answers, List.of()), Set.copyOf(asked), top);
    }

    private int row(String roleId) {
        catalog.requireRole(roleId);
        return index.row(RoleId.of(roleId)).orElseThrow();
    }

    Person person(Answers answers, Collection<String> roles) {
        Objects.requireNonNull(answers, "answers");
        List<Problem> problems = AnswerCheck.problems("", answers, bank, catalog, roles);
        if (!problems.isEmpty()) {
            throw new InvalidDataException("answers", problems);
        }
        return new Person(bank, settings, index, answers);
    }

    /** Work factors roles are rated on that nothing measures; dimensions without or with unbalanced questions. */
    private static List<Problem> warnings(CareerCatalog catalog, QuestionBank bank) {
        Map<FactorId, Set<String>> unmeasured = new TreeMap<>();
        Set<FactorId> measured = new TreeSet<>();
        bank.dimensions(DimensionFamily.WORK_FACTOR).forEach(d -> measured.add(d.level().factor()));
        for (RoleSummary summary : catalog.rolesWith(FactKinds.FACTOR)) {
            for (FactGroup<FactorExposure> g : catalog.requireRole(summary.id().value()).groups(FactKinds.FACTOR)) {
                if (!measured.contains(g.value().factor())) {
                    unmeasured.computeIfAbsent(g.value().factor(), f -> new TreeSet<>()).add(summary.id().value());
                }
            }
        }
        List<Problem> problems = new ArrayList<>(bank.warnings());
        unmeasured.forEach((factor, roles) -> problems.add(new Problem("factor '" + factor + "'", "roles " + roles
                + " are rated on it but no dimension of the question bank measures it, so it does not count; ship a "
                + "bank document declaring it, listed in META-INF/careerfit/questions")));
        for (Dimension d : bank.dimensions()) {
            List<Question> qs = bank.questions(d.id());
            if (qs.isEmpty()) {
                problems.add(new Problem("dimension '" + d.id() + "' (" + d.document() + ")",
                        "no question measures it, so it never counts"));
            } else if (d.family() == DimensionFamily.WORK_FACTOR) {
                int balance = qs.stream().mapToInt(Question::keySign).sum();
                if (balance != 0) {
                    problems.add(new Problem("dimension '" + d.id() + "' (" + d.document() + ")", "has "
                            + Math.abs(balance) + " more " + (balance > 0 ? "forward" : "reverse") + "-keyed statement"
                            + (Math.abs(balance) == 1 ? "" : "s") + " than " + (balance > 0 ? "reverse" : "forward")
                            + "; the measured agreement bias is subtracted, but balanced keys cancel it exactly"));
                }
                if (bank.importanceQuestion(d.id()).isEmpty()) {
                    problems.add(new Problem("dimension '" + d.id() + "' (" + d.document() + ")",
                            "has no importance question; its weight stays at the default"));
                }
            }
        }
        return problems;
    }

    @Override
    public String toString() {
        return "FitScorer[" + index.size() + " roles, " + bank + "]";
    }
}
