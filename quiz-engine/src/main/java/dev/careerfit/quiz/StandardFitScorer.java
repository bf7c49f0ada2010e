package dev.careerfit.quiz;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.RoleComparison;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** The {@link FitScorer}: checks the answers, builds a {@link Person} once, then scores roles. */
final class StandardFitScorer implements FitScorer {
    private static final Comparator<RoleFit> RANKING = Comparator
            .comparing((RoleFit f) -> f.point() == null ? Double.NEGATIVE_INFINITY : Numbers.round1(f.point()))
            .reversed().thenComparing(f -> f.role().id());

    private final CareerCatalog catalog;
    private final QuestionBank bank;
    private final ScoringSettings settings;
    private final List<Problem> warnings;

    StandardFitScorer(CareerCatalog catalog, QuestionBank bank, ScoringSettings settings) {
        this.catalog = catalog;
        this.bank = bank;
        this.settings = settings;
        this.warnings = List.copyOf(bank.coverage(catalog, settings.minimumAnswers()));
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
        return warnings;
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
        Person person = person(answers, List.of(roleId));
        return new ReportBuilder(catalog, new RoleFit(person, catalog.requireRole(roleId))).build();
    }

    @Override
    public FitEstimate estimate(Answers answers, String roleId) {
        Person person = person(answers, List.of(roleId));
        return new RoleFit(person, catalog.requireRole(roleId)).estimate();
    }

    @Override
    public RoleComparison compare(Answers answers, Collection<String> roleIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(roleIds));
        Person person = person(answers, ids);
        List<RoleFit> fits = new ArrayList<>(ids.size());
        ids.forEach(id -> fits.add(new RoleFit(person, catalog.requireRole(id))));
        return rank(fits);
    }

    @Override
    public RoleComparison compareAll(Answers answers) {
        Person person = person(answers, List.of());
        List<RoleFit> fits = new ArrayList<>();
        // The roles the fit method can score: those with work-factor data. National occupations join
        // when the method reads O*NET's ratings.
        for (RoleSummary role : catalog.rolesWith(FactKinds.FACTOR)) {
            fits.add(new RoleFit(person, catalog.requireRole(role.id().value())));
        }
        return rank(fits);
    }

    private RoleComparison rank(List<RoleFit> fits) {
        List<RoleFit> ranked = new ArrayList<>(fits);
        ranked.sort(RANKING);
        List<FitEstimate> estimates = ranked.stream().map(RoleFit::estimate).toList();
        List<CloseCall> close = new ArrayList<>();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            RoleFit a = ranked.get(i);
            RoleFit b = ranked.get(i + 1);
            CloseCall call = closeCall(a, b, settings.separableDifference());
            if (call != null) {
                close.add(call);
            }
        }
        return new RoleComparison(RoleComparison.FORMAT, bank.version(), estimates, close);
    }

    /**
     * The close call between neighbours {@code a} (higher) and {@code b}, or {@code null} when they
     * separate: the interval of the difference lies above zero and the difference is at least
     * {@code separable} points.
     */
    private static CloseCall closeCall(RoleFit a, RoleFit b, double separable) {
        Double pa = a.point();
        Double pb = b.point();
        double[] d = RoleFit.difference(a, b);
        if (pa == null || pb == null || d == null) {
            return new CloseCall(a.role().id(), b.role().id(), pa == null || pb == null ? 0 : Numbers.round1(pa - pb),
                    new FitInterval(-100, 100));
        }
        double diff = pa - pb;
        double low = Numbers.round1(Math.min(d[0], diff));
        double high = Numbers.round1(Math.max(d[1], diff));
        return (low <= 0 && high >= 0) || Math.abs(diff) < separable
                ? new CloseCall(a.role().id(), b.role().id(), Numbers.round1(diff), new FitInterval(low, high))
                : null;
    }

    private Person person(Answers answers, Collection<String> roles) {
        Objects.requireNonNull(answers, "answers");
        List<Problem> problems = AnswerCheck.problems("", answers, bank, catalog, roles);
        if (!problems.isEmpty()) {
            throw new InvalidDataException("answers", problems);
        }
        return new Person(bank, settings, answers);
    }

    @Override
    public String toString() {
        return "FitScorer[" + catalog.roleIds().size() + " roles, " + bank + "]";
    }
}
