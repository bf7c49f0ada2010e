package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.BenchmarkAccess;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.QuizAdvice;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.Ranking;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring one person against the full national catalog (1,019 roles): the ranking by the engine's fast
 * path beside a hand-written dense dot-product loop over the same matrix and vector (the baseline), checking
 * answers into a profile, reports for the top ten, the adaptive quiz's next question, and the ranking over
 * 1,000, 10,000 and 100,000 generated occupations. Run with
 * {@code java -jar benchmarks/target/careerfit-benchmarks.jar FitScoringBenchmark} (docs/performance.md);
 * {@code -t 2 -bm thrpt} measures two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FitScoringBenchmark {
    private FitScorer scorer;
    private Answers answers;
    private Person profile;
    private BenchmarkAccess.Dense baseline;
    private BenchmarkAccess.DimensionMajor floor;
    private Answers halfway;
    private Set<QuestionId> asked;

    @Setup
    public void setUp() {
        scorer = FitScorers.create(CareerCatalog.builder().build());
        answers = everything(scorer.bank(), new Random(2));
        profile = scorer.person(answers);
        baseline = BenchmarkAccess.dense(scorer, profile);
        floor = BenchmarkAccess.dimensionMajor(scorer, profile);
        // An adaptive quiz 30 answers in.
        Answers.Builder b = Answers.builder(scorer.bank());
        asked = new HashSet<>();
        for (Question q : scorer.bank().questions().stream().filter(q -> q.kind().measures()).limit(30).toList()) {
            b.add(answers.answer(q.id()).orElseThrow());
            asked.add(q.id());
        }
        halfway = b.build();
    }

    /** Every interest, value and work-factor question answered, and how much each factor matters. */
    static Answers everything(QuestionBank bank, Random random) {
        Answers.Builder b = Answers.builder(bank);
        for (Question q : bank.questions()) {
            if (q.kind().measures() || q.kind() == QuestionKind.IMPORTANCE) {
                b.answer(q.id(), 1 + random.nextInt(5));
            }
        }
        return b.build();
    }

    /** All 1,019 roles scored and the ten best selected, for a checked person: the engine's fast path. */
    @Benchmark
    public List<Integer> rankEveryOccupation() {
        return BenchmarkAccess.rank(profile, 10);
    }

    /** The same through the public API, from the answers: checked, then the ten best with intervals and bands. */
    @Benchmark
    public Ranking rankEveryOccupationFromAnswers() {
        return scorer.rank(scorer.person(answers), RankingRequest.top(10));
    }

    /** The baseline: the same dot products over the same matrix and vector, and a heap, by hand. */
    @Benchmark
    public int[] denseDotProductBaseline() {
        return baseline.top(10);
    }

    /**
     * {@link #rankEveryOccupation} in a JVM with the Vector API ({@code --add-modules jdk.incubator.vector}): the
     * engine's dot products then come from its vector loop (docs/performance.md, "Ranking at the floor").
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
    public List<Integer> rankEveryOccupationVector() {
        return BenchmarkAccess.rank(profile, 10);
    }

    /**
     * The floor: the plain dimension-major loop over the same matrix and vector (one multiply-add per role and
     * dimension) and the same heap. The engine's {@link #rankEveryOccupation} is held to at most 1.1 times it.
     */
    @Benchmark
    public int[] dimensionMajorFloor() {
        return floor.top(10);
    }

    /** Answers checked against the bank and held as the person's vectors. */
    @Benchmark
    public Person checkAnswersAndBuildProfile() {
        return scorer.person(answers);
    }

    /** The ten best with intervals, bands, percentiles and close calls, for a person ranked already. */
    @Benchmark
    public Ranking compareTopTen() {
        return scorer.rank(profile, RankingRequest.top(10));
    }

    /**
     * From the answers: the ten best, then a full report (reasons with sources, deal-breakers, readiness) for
     * each of them, sharing one ranking.
     */
    @Benchmark
    public void reportsForTheTopTen(Blackhole hole) {
        Person person = scorer.person(answers);
        for (FitEstimate r : scorer.rank(person, RankingRequest.top(10)).roles()) {
            hole.consume(scorer.report(person, r.role()));
        }
    }

    /** The adaptive quiz's next question, 30 answers in. */
    @Benchmark
    public QuizAdvice adaptiveNextQuestion() {
        return scorer.advise(scorer.person(halfway), asked, 10);
    }

    /** The ranking over generated occupations: the cost should grow linearly with their number. */
    @State(Scope.Benchmark)
    public static class Generated {
        @Param({"1000", "10000", "100000"})
        int occupations;

        BenchmarkAccess.Generated ranking;

        @Setup(Level.Trial)
        public void setUp() {
            FitScorer seed = FitScorers.create(CareerCatalog.builder().strict(true).include("career-guides").build());
            ranking = BenchmarkAccess.generated(seed.bank(), occupations, 7, everything(seed.bank(), new Random(2)));
        }
    }

    @Benchmark
    public List<Integer> rankGeneratedOccupations(Generated generated) {
        return generated.ranking.top(10);
    }
}
