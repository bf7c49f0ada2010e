package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.ScoringSettings;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.Ranking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * What a result costs the web app (issue 21's load aims): the ranking of the ML engineer example answers
 * ({@code docs/example-answers-ml-engineer.json}) from a fresh person, with the stability of its families over the
 * default 40 simulated retakes (docs/scoring.md, "Stability at the rank"), and the same ranking with no retake (the
 * difference is what stability costs). Run from the repository's root with
 * {@code java -jar benchmarks/target/careerfit-benchmarks.jar StabilityBenchmark} (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StabilityBenchmark {
    private FitScorer scorer;
    private FitScorer noRetakes;
    private Answers answers;

    @Setup
    public void setUp() throws IOException {
        CareerCatalog catalog = CareerCatalog.builder().build();
        scorer = FitScorers.create(catalog);
        noRetakes = FitScorers.builder().catalog(catalog)
                .settings(ScoringSettings.defaults().toBuilder().retakes(0).build()).build();
        answers = QuizJson.readAnswers(example(), scorer);
    }

    /** The example answers, from the repository's root or the benchmarks module's directory. */
    private static Path example() {
        for (String at : new String[] {"docs", "../docs"}) {
            Path p = Path.of(at, "example-answers-ml-engineer.json");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new UncheckedIOException(new IOException("docs/example-answers-ml-engineer.json not found: run from "
                + "the repository's root"));
    }

    /** A result's ranking: the ten best with their families and each one's stability over 40 retakes. */
    @Benchmark
    public Ranking rankWithStability() {
        return scorer.rank(scorer.person(answers), RankingRequest.top(10));
    }

    /** The same ranking with no retake simulated (stability left null). */
    @Benchmark
    public Ranking rankWithoutStability() {
        return noRetakes.rank(noRetakes.person(answers), RankingRequest.top(10));
    }
}
