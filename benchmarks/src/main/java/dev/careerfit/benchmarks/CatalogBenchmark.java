package dev.careerfit.benchmarks;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleSummary;
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
 * The full built-in catalog in a warm JVM: every seed role and every O*NET 30.1 occupation with its
 * BLS figures. Building it opens every provider and indexes every role; a role's facts are merged the
 * first time it is asked for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CatalogBenchmark {
    private CareerCatalog catalog;

    @Setup
    public void setUp() {
        catalog = CareerCatalog.builder().strict(true).build();
        if (catalog.size() < 1000) {
            throw new IllegalStateException("the national providers are not on the class path: " + catalog.size()
                    + " roles");
        }
        catalog.search("warm up the title index");
    }

    /** Discover, open and index every provider: what every command pays before it prints. */
    @Benchmark
    public CareerCatalog buildTheFullCatalog() {
        return CareerCatalog.builder().build();
    }

    /** Build, then merge one national occupation (O*NET, OEWS and EP facts): {@code careerfit role 15-2051.00}. */
    @Benchmark
    public CareerRole buildAndMergeOneOccupation() {
        return CareerCatalog.builder().build().requireRole("15-2051.00");
    }

    /** Build, then merge a seed role with its links to three occupations and the disagreements with them. */
    @Benchmark
    public CareerRole buildAndMergeALinkedSeedRole() {
        return CareerCatalog.builder().build().requireRole("ml-engineer");
    }

    /** Search every title and other title of a built catalog. */
    @Benchmark
    public List<RoleSummary> searchTitles() {
        return catalog.search("data scientist");
    }
}
