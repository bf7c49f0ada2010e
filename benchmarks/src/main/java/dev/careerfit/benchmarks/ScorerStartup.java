package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.report.Ranking;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What an embedder waits for and holds when it makes a scorer over the built-in catalog, in a fresh JVM:
 * the wall time of building the catalog, of {@code FitScorers.create(catalog)} (and its thread's CPU time, which a
 * busy machine changes less) and of the first ranking,
 * and the used heap after full collections once the scorer and that ranking are held. Run it with and
 * without a small heap (docs/performance.md):
 * {@code java -Xmx64m -cp benchmarks/target/careerfit-benchmarks.jar dev.careerfit.benchmarks.ScorerStartup}.
 */
public final class ScorerStartup {
    private ScorerStartup() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        CareerCatalog catalog = CareerCatalog.builder().build();
        long built = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        FitScorer scorer = FitScorers.create(catalog);
        long created = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        Answers.Builder answers = Answers.builder(scorer.bank());
        int i = 0;
        for (Question q : scorer.bank().questions()) {
            if (q.kind().measures()) {
                answers.answer(q.id(), 1 + i++ % 5);
            }
        }
        Ranking best = scorer.rank(scorer.person(answers.build()), RankingRequest.top(10));
        long ranked = System.nanoTime();
        long heap = CatalogHeap.used();
        System.out.printf("catalog built: %,.0f ms (%,d roles)%n", ms(built - start), catalog.size());
        System.out.printf("FitScorers.create: %,.0f ms, %,.0f ms CPU (%s)%n", ms(created - built), ms(cpu), scorer);
        System.out.printf("first ranking (person and the 10 best): %,.0f ms (best: %s)%n", ms(ranked - created),
                best.roles().get(0).role());
        System.out.printf("used heap with catalog, scorer and ranking held: %,.1f MB (max heap %,.0f MB)%n",
                heap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
