package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.batch.BatchRow;
import dev.careerfit.quiz.batch.BatchScorer;
import dev.careerfit.quiz.batch.SamplePopulation;
import dev.careerfit.quiz.json.OnePassAnswers;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one person of {@code careerfit batch} costs a worker thread, measured on a shared machine: 4,096 generated
 * lines (as {@code GeneratePopulation} writes them, no bad ones) scored and written as JSON rows, as a worker does,
 * round after round in one thread, each round timed in the thread's CPU time and allocated bytes
 * ({@code com.sun.management.ThreadMXBean}); then the same people's answers made into a {@code Person} alone (the
 * answer check and the person's vectors). Prints the medians over the second half of the rounds, after C2 has
 * compiled, and the allocation of the last round. {@code BatchLineBenchmark} is the JMH form of the first figure,
 * in wall time (docs/performance.md, "Batch").
 *
 * <pre>java -cp benchmarks/target/careerfit-benchmarks.jar dev.careerfit.benchmarks.BatchPerLine [ROUNDS]</pre>
 */
public final class BatchPerLine {
    private static final int LINES = 4_096;

    private BatchPerLine() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        BatchScorer batch = new BatchScorer(FitScorers.create(CareerCatalog.builder().build()), BatchScorer.DEFAULT_TOP,
                List.of());
        List<String> lines = new SamplePopulation(batch.scorer().bank()).lines(LINES, 42, 0).toList();
        OnePassAnswers reader = new OnePassAnswers(batch.scorer().bank());
        List<Answers> answers = new ArrayList<>();
        for (String line : lines) {
            OnePassAnswers.Read read = reader.read(line, true);
            if (read != null) {
                answers.add(read.answers());
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        double[] line = new double[rounds];
        double[] person = new double[rounds];
        double allocated = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            for (String l : lines) {
                StringBuilder text = new StringBuilder(2048);
                for (BatchRow row : batch.scoreLine(l, "people.jsonl", 1L).rows()) {
                    row.appendJson(text).append('\n');
                }
                sink += text.length();
            }
            long lined = threads.getCurrentThreadCpuTime();
            allocated = (threads.getCurrentThreadAllocatedBytes() - bytes) / 1e3 / lines.size();
            for (Answers a : answers) {
                sink += batch.scorer().person(a).hashCode();
            }
            line[round] = (lined - cpu) / 1e3 / lines.size();
            person[round] = (threads.getCurrentThreadCpuTime() - lined) / 1e3 / answers.size();
        }
        System.out.printf("a line: %.1f us of CPU (median of rounds %d-%d), %.1f kB allocated; a Person alone: %.1f us%s%n",
                median(line), rounds / 2 + 1, rounds, allocated, median(person), sink == 42 ? " " : "");
    }

    private static double median(double[] rounds) {
        double[] later = Arrays.copyOfRange(rounds, rounds.length / 2, rounds.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
