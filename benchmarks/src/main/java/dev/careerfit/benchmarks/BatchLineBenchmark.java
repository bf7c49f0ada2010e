package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.batch.BatchRow;
import dev.careerfit.quiz.batch.BatchScorer;
import dev.careerfit.quiz.batch.SamplePopulation;
import java.util.List;
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
 * One person of {@code careerfit batch}: a generated JSON line (about 170 answers, as {@code GeneratePopulation}
 * writes them) read, checked, ranked against every occupation and written as ten JSON rows, as the command does it
 * per line. With {@code -prof gc}, {@code gc.alloc.rate.norm} is what a person allocates (the target is at most
 * 50 kB). Run with {@code java -jar benchmarks/target/careerfit-benchmarks.jar BatchLineBenchmark -prof gc}
 * (docs/performance.md, "Batch").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchLineBenchmark {
    private static final int LINES = 1024;

    private BatchScorer batch;
    private String[] lines;
    private int next;

    @Setup
    public void setUp() {
        batch = new BatchScorer(FitScorers.create(CareerCatalog.builder().build()), BatchScorer.DEFAULT_TOP, List.of());
        lines = new SamplePopulation(batch.scorer().bank()).lines(LINES, 42, 0).toArray(String[]::new);
    }

    /** One line to its rows' text, as {@code careerfit batch} writes them. */
    @Benchmark
    public StringBuilder scoreOneLine() {
        String line = lines[next++ & (LINES - 1)];
        StringBuilder text = new StringBuilder(2048);
        for (BatchRow row : batch.scoreLine(line, "people.jsonl", 1L).rows()) {
            row.appendJson(text).append('\n');
        }
        return text;
    }
}
