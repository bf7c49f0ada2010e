package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.BenchmarkAccess;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.Person;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;

/**
 * The engine's ranking of every role against the floor (the plain dimension-major loop over the same matrix and
 * vector, then the same heap), measured on a shared machine: blocks of each alternate in one thread, each block
 * timed in the thread's CPU time, and the ratio taken block pair by block pair, so that what the other processes do
 * reaches both alike. Prints the median CPU time per ranking of each and the median and quartiles of the ratio.
 * {@code FitScoringBenchmark}'s {@code rankEveryOccupation} and {@code dimensionMajorFloor} measure the same with
 * JMH, in wall time (docs/performance.md, "Ranking at the floor").
 *
 * <pre>java -cp benchmarks/target/careerfit-benchmarks.jar dev.careerfit.benchmarks.RankingFloor [PAIRS]</pre>
 */
public final class RankingFloor {
    private static final int BLOCK = 2_000;

    private RankingFloor() {}

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        FitScorer scorer = FitScorers.create(CareerCatalog.builder().build());
        Person person = scorer.person(FitScoringBenchmark.everything(scorer.bank(), new Random(2)));
        BenchmarkAccess.DimensionMajor floor = BenchmarkAccess.dimensionMajor(scorer, person);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        // Warm-up: both compiled by C2 before anything is counted.
        for (int i = 0; i < 20 * BLOCK; i++) {
            sink += BenchmarkAccess.rank(person, 10).size() + floor.top(10).length;
        }
        double[] engine = new double[pairs];
        double[] plain = new double[pairs];
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < BLOCK; i++) {
                sink += BenchmarkAccess.rank(person, 10).size();
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < BLOCK; i++) {
                sink += floor.top(10).length;
            }
            long end = threads.getCurrentThreadCpuTime();
            engine[p] = (middle - start) / 1e3 / BLOCK;
            plain[p] = (end - middle) / 1e3 / BLOCK;
            ratio[p] = engine[p] / plain[p];
        }
        Arrays.sort(engine);
        Arrays.sort(plain);
        Arrays.sort(ratio);
        System.out.printf("engine %.2f us, floor %.2f us (CPU, medians of %d blocks of %d); ratio median %.3f, "
                        + "quartiles %.3f-%.3f%s%n", engine[pairs / 2], plain[pairs / 2], pairs, BLOCK, ratio[pairs / 2],
                ratio[pairs / 4], ratio[3 * pairs / 4], sink == 42 ? " " : "");
    }
}
