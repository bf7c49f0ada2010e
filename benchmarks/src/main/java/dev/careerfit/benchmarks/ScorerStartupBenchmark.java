package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
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

/**
 * {@code FitScorers.create} over the built-in catalog, which loads the scoring index careerfit-all ships: once in a
 * fresh JVM ({@code firstCreate}, single shot, one per fork: what an embedder waits for at start), and again and
 * again in a warm one ({@code create}). The catalog is built beforehand. Run with
 * {@code java -jar benchmarks/target/careerfit-benchmarks.jar ScorerStartupBenchmark} (docs/performance.md).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScorerStartupBenchmark {
    private CareerCatalog catalog;

    @Setup
    public void setUp() {
        catalog = CareerCatalog.builder().build();
    }

    /** The first scorer of a fresh JVM: class loading, the compiled bank and the shipped index read once. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public FitScorer firstCreate() {
        return FitScorers.create(catalog);
    }

    /** Another scorer in a warm JVM. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public FitScorer create() {
        return FitScorers.create(catalog);
    }
}
