package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.report.RoleComparison;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring one person: full reports against every seed role, and a ranking of a thousand generated
 * roles. Run with {@code java -jar benchmarks/target/careerfit-benchmarks.jar -f 1 -wi 2 -i 3}
 * (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class FitScoringBenchmark {
    private FitScorer seed;
    private List<String> seedRoles;
    private FitScorer generated;
    private List<String> generatedRoles;
    private Answers person;
    private Answers personForGenerated;

    @Setup
    public void setUp() {
        seed = FitScorers.create(CareerCatalog.builder().strict(true).build());
        seedRoles = seed.catalog().rolesWith(FactKinds.FACTOR).stream().map(r -> r.id().value()).toList();
        generated = FitScorers.create(CareerCatalog.builder().discoverProviders(false)
                .addProvider(new GeneratedRolesProvider(1000, 1)).build(), seed.bank());
        generatedRoles = generated.catalog().roles().stream().map(r -> r.id().value()).toList();
        // The same person; each bank has its own skill questions, so each gets its own answers.
        person = somebody(seed.bank(), new Random(2));
        personForGenerated = somebody(generated.bank(), new Random(2));
    }

    /** Answers most questions, leaves some out, is not sure of a few. */
    static Answers somebody(QuestionBank bank, Random random) {
        Answers.Builder b = Answers.builder(bank);
        for (Question q : bank.questions()) {
            double roll = random.nextDouble();
            if (roll < 0.1) {
                b.notSure(q.id());
            } else if (roll < 0.9) {
                b.answer(q.id(), q.options().get(random.nextInt(q.options().size())).value());
            }
        }
        return b.build();
    }

    /** One full report (reasons, deal-breakers, skills, what would change) per seed role. */
    @Benchmark
    public void reportForEverySeedRole(Blackhole hole) {
        for (String role : seedRoles) {
            hole.consume(seed.score(person, role));
        }
    }

    /** The seed roles ranked, with close calls. */
    @Benchmark
    public RoleComparison rankEverySeedRole() {
        return seed.compareAll(person);
    }

    /** A thousand generated roles ranked, with close calls. */
    @Benchmark
    public RoleComparison rankThousandGeneratedRoles() {
        return generated.compareAll(personForGenerated);
    }

    /** One full report per generated role, a thousand in all. */
    @Benchmark
    public void reportForThousandGeneratedRoles(Blackhole hole) {
        for (String role : generatedRoles) {
            hole.consume(generated.score(personForGenerated, role));
        }
    }
}
