package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.util.ArrayList;
import java.util.List;

/**
 * How much heap the full built-in catalog retains: used heap after full collections, before and after
 * building it, after the first search (the title index), with the fit scorer (question bank and scoring
 * index) beside it, and with every role merged and held. Run in a
 * fresh JVM: {@code java -cp benchmarks/target/careerfit-benchmarks.jar dev.careerfit.benchmarks.CatalogHeap}.
 */
public final class CatalogHeap {
    private CatalogHeap() {}

    public static void main(String[] args) {
        long empty = used();
        CareerCatalog catalog = CareerCatalog.builder().strict(true).build();
        long built = used();
        catalog.search("engineer");
        long indexed = used();
        FitScorer scorer = FitScorers.create(catalog);
        long scoring = used();
        List<CareerRole> all = new ArrayList<>(catalog.size());
        for (RoleSummary r : catalog.roles()) {
            all.add(catalog.requireRole(r.id().value()));
        }
        long merged = used();
        System.out.printf("roles: %,d; providers: %d%n", catalog.size(), catalog.providers().size());
        System.out.printf("catalog built (index, snapshots held compressed): %,.1f MB%n", mb(built - empty));
        System.out.printf("plus the title index (after the first search):   %,.1f MB%n", mb(indexed - empty));
        System.out.printf("plus the fit scorer (bank and scoring index):     %,.1f MB (%s)%n", mb(scoring - empty),
                scorer);
        System.out.printf("every role merged and held at once:              %,.1f MB (%d roles)%n", mb(merged - empty),
                all.size());
    }

    static long used() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
