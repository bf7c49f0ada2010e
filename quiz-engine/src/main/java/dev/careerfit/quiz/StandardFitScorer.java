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
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.internal.AnswerCheck;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The {@link FitScorer}: checks the answers, builds a {@link Respondent} once, then ranks every role. */
final class StandardFitScorer implements FitScorer {
    /** Where the index may come from besides being built: a shipped one, a saved file, a keyed cache. */
    record IndexSources(boolean shipped, Path saved, Path cache, String cacheKey) {
        static final IndexSources NONE = new IndexSources(false, null, null, null);
    }

    private final CareerCatalog catalog;
    private final QuestionBank bank;
    private final ScoringSettings settings;
    private final ScoringIndex index;
    private final String key;
    /** Found on first use: it reads every rated role's facts, which a command scoring one person need not. */
    private volatile List<Problem> warnings;

    StandardFitScorer(CareerCatalog catalog, QuestionBank bank, ScoringSettings settings, IndexSources sources) {
        this.catalog = catalog;
        this.settings = settings;
        QuestionBank named = bank.withFactors(catalog.factors());
        this.key = ScoringIndexFile.key(catalog, named);
        this.index = index(catalog, named, key, sources);
        this.bank = named.withSkills(index.skills.values());
    }

    /** The shipped index, a saved one, the cache, or a new one (then saved to the cache), whichever comes first. */
    private static ScoringIndex index(CareerCatalog catalog, QuestionBank bank, String key, IndexSources sources) {
        Optional<ScoringIndex> found = sources.shipped() ? shipped(catalog, bank, key) : Optional.empty();
        if (found.isEmpty() && sources.saved() != null) {
            found = ScoringIndexFile.read(sources.saved(), key, catalog, bank);
        }
        if (found.isEmpty() && sources.cache() != null) {
            found = ScoringIndexFile.read(sources.cache(), sources.cacheKey(), catalog, bank);
            if (found.isEmpty()) {
                ScoringIndex built = ScoringIndex.build(catalog, bank);
                ScoringIndexFile.save(sources.cache(), sources.cacheKey(), built);
                return built;
            }
        }
        return found.orElseGet(() -> ScoringIndex.build(catalog, bank));
    }

    /** An index shipped on the class path for this catalog and bank (docs/performance.md). */
    private static Optional<ScoringIndex> shipped(CareerCatalog catalog, QuestionBank bank, String key) {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        Optional.ofNullable(Thread.currentThread().getContextClassLoader()).ifPresent(loaders::add);
        loaders.add(StandardFitScorer.class.getClassLoader());
        Set<String> seen = new HashSet<>();
        for (ClassLoader loader : loaders) {
            try {
                Enumeration<URL> found = loader.getResources(FitScorers.SHIPPED_INDEX);
                while (found.hasMoreElements()) {
                    URL url = found.nextElement();
                    if (!seen.add(url.toString())) {
                        continue;
                    }
                    try (InputStream in = url.openStream()) {
                        Optional<ScoringIndex> index = ScoringIndexFile.read(in, key, catalog, bank);
                        if (index.isPresent()) {
                            return index;
                        }
                    }
                }
            } catch (IOException e) {
                // An unreadable jar ships nothing usable: the index is built instead.
            }
        }
        return Optional.empty();
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

    /** What the index depends on: the key of a saved index for this catalog and bank. */
    String key() {
        return key;
    }

    @Override
    public Person person(Answers answers) {
        return new Person(respondent(answers, null), this);
    }

    @Override
    public Ranking rank(Person person, RankingRequest request) {
        Scoreboard scores = scores(person, request);
        List<String> notes = new ArrayList<>();
        List<Integer> rows = rows(scores, request, notes);
        return scores.ranking(rows, notes, request.roles().isEmpty() ? request.limit() : 0);
    }

    @Override
    public List<FitEstimate> estimates(Person person, RankingRequest request) {
        Scoreboard scores = scores(person, request);
        return scores.estimates(rows(scores, request, null));
    }

    /** The person's scores for what {@code request} counts, when there are enough answers for any. */
    private Scoreboard scores(Person person, RankingRequest request) {
        Objects.requireNonNull(request, "request");
        Respondent r = own(person).respondent;
        request.roles().forEach(id -> catalog.requireRole(id.value()));
        Scoreboard scores = request.families().isEmpty() ? person.scores()
                : new Scoreboard(new Respondent(bank, settings, index, r.answers, request.families()));
        requireEnough(scores);
        return scores;
    }

    /** The rows {@code request} asks for, best first; the note on deal-breakers left out added to {@code notes}. */
    private List<Integer> rows(Scoreboard scores, RankingRequest request, List<String> notes) {
        if (request.roles().isEmpty() && !request.withoutDealBreakers()) {
            return scores.top(request.limit());
        }
        Set<Integer> wanted = new HashSet<>();
        // A guides' role linked to occupations is listed as the best of them (docs/scoring.md, "Views").
        request.roles().forEach(id -> wanted.add(scores.listedAs(index.row(id).orElseThrow())));
        List<Integer> rows = new ArrayList<>();
        int left = 0;
        for (int row : scores.order()) {
            if (!wanted.isEmpty() && !wanted.contains(row)) {
                continue;
            }
            if (request.withoutDealBreakers() && !scores.dealBreakers(row).isEmpty()) {
                left++;
            } else if (rows.size() < request.limit()) {
                rows.add(row);
            }
        }
        if (request.withoutDealBreakers() && notes != null) {
            notes.add(left + (left == 1 ? " occupation has" : " occupations have") + " one of your deal-breakers "
                    + "and " + (left == 1 ? "is" : "are") + " left out.");
        }
        return rows;
    }

    @Override
    public FitReport report(Person person, RoleId role) {
        Objects.requireNonNull(role, "role");
        Scoreboard scores = own(person).scores();
        requireEnough(scores);
        int row = row(role);
        return new ReportBuilder(scores, scores.fit(row), catalog.requireRole(role.value())).build();
    }

    @Override
    public QuizAdvice advise(Person person, Set<QuestionId> asked, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
        return Adaptive.advise(own(person).respondent, Set.copyOf(asked), top);
    }

    @Override
    public List<Question> skillQuestions(RoleId role) {
        return index.requirements(row(role)).stream()
                .sorted(Comparator.comparingDouble((ScoringIndex.Requirement r) -> -r.weight() * r.required()))
                .map(r -> bank.skillQuestion(r.skill().id())).flatMap(Optional::stream).toList();
    }

    private static void requireEnough(Scoreboard scores) {
        Respondent r = scores.person();
        String shortfall = r.shortfall();
        if (shortfall != null) {
            throw new NotEnoughAnswersException(shortfall, Math.max(0, r.settings.minimumItems() - r.scoredItems));
        }
    }

    private Person own(Person person) {
        Objects.requireNonNull(person, "person");
        if (person.owner != this) {
            throw new IllegalArgumentException("the person was made by another scorer; make one with this scorer's "
                    + "person(answers)");
        }
        return person;
    }

    private int row(RoleId role) {
        catalog.requireRole(role.value());
        return index.row(role).orElseThrow();
    }

    Respondent respondent(Answers answers, Set<DimensionFamily> families) {
        Objects.requireNonNull(answers, "answers");
        List<Problem> problems = AnswerCheck.problems("", answers, bank, catalog, List.of());
        if (!problems.isEmpty()) {
            throw new InvalidDataException("answers", problems);
        }
        return new Respondent(bank, settings, index, answers, families);
    }

    /** Work factors roles are rated on that nothing measures; dimensions without or with unbalanced questions. */
    private static List<Problem> warnings(CareerCatalog catalog, QuestionBank bank) {
        Map<FactorId, Set<String>> unmeasured = new TreeMap<>();
        Set<FactorId> measured = new TreeSet<>();
        bank.dimensions(DimensionFamilies.WORK_FACTOR).forEach(d -> measured.add(FactorId.of(d.level().source())));
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
            String where = "dimension '" + d.id() + "' (" + d.document() + ")";
            if (qs.isEmpty()) {
                problems.add(new Problem(where, "no question measures it, so it never counts"));
                continue;
            }
            int balance = qs.stream().mapToInt(Question::keySign).sum();
            if (d.family().measuredBy() == QuestionKind.AGREEMENT && balance != 0) {
                problems.add(new Problem(where, "has " + Math.abs(balance) + " more " + (balance > 0 ? "forward"
                        : "reverse") + "-keyed statement" + (Math.abs(balance) == 1 ? "" : "s") + " than "
                        + (balance > 0 ? "reverse" : "forward") + "; the measured agreement bias is subtracted, but "
                        + "balanced keys cancel it exactly"));
            }
            if (d.family().matching() == dev.careerfit.quiz.bank.Matching.STANDING
                    && bank.importanceQuestion(d.id()).isEmpty()) {
                problems.add(new Problem(where, "has no importance question; its weight stays at the default"));
            }
        }
        return problems;
    }

    @Override
    public String toString() {
        return "FitScorer[" + index.size() + " roles, " + bank + (index.fromFile ? ", index loaded" : "") + "]";
    }
}
