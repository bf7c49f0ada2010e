package dev.careerfit.all.internal;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ShippedRoleIndex;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the scoring index of the built-in catalog and bank, at build time, into this jar's
 * {@value FitScorers#SHIPPED_INDEX}: every role's level on every dimension, so that {@code FitScorers.create} over
 * the same catalog loads it instead of reading every role's facts; and the catalog's role index,
 * {@value ShippedRoleIndex#RESOURCE}, so that listing the roles opens no provider. Run by Maven
 * (exec-maven-plugin, phase process-classes) with the providers on the class path; strict, so that a provider
 * failing stops the build.
 */
@Api(Api.Status.INTERNAL)
public final class ShippedIndexWriter {
    /** Code the role index depends on besides core's and the providers' own: the national snapshots' reader. */
    static final List<String> ROLE_INDEX_ANCHORS = List.of("dev.careerfit.release.SnapshotReader");

    private ShippedIndexWriter() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        long start = System.nanoTime();
        CareerCatalog catalog = CareerCatalog.builder().strict(true).build();
        FitScorer scorer = FitScorers.builder().catalog(catalog).shippedIndex(false).build();
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            FitScorers.saveIndex(scorer, out);
        }
        System.out.printf("scoring index of %d roles and %d dimensions written to %s (%,d bytes, %d ms)%n",
                catalog.size(), scorer.bank().dimensions().size(), target, Files.size(target),
                (System.nanoTime() - start) / 1_000_000);
        if (args.length > 1) {
            Path roles = Path.of(args[1]);
            try (OutputStream out = Files.newOutputStream(roles)) {
                ShippedRoleIndex.write(catalog, Thread.currentThread().getContextClassLoader(), ROLE_INDEX_ANCHORS,
                        out);
            }
            System.out.printf("role index of %d roles written to %s (%,d bytes)%n", catalog.size(), roles,
                    Files.size(roles));
        }
    }
}
