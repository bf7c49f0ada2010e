package dev.careerfit.spark;

import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.quiz.batch.BatchScorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scorer each JVM of a job uses, built once per JVM and options, by the same path as any embedder's
 * ({@code FitScorers.builder()}): over the built-in catalog it loads the scoring index careerfit-all ships. With
 * other releases the driver builds the index (every role's level on every dimension: reading every role's facts, a
 * couple of seconds) once and broadcasts it, saved (about 300 KB); each executor JVM builds the catalog from the same
 * options (a fraction of a second: the providers' snapshots are read lazily) and loads the index from the broadcast
 * instead of building it again. The catalog itself is not broadcast: it is not serializable (providers, soft caches)
 * and is cheaper to open than to ship.
 */
final class Scorers {
    /** Per JVM: the scorers built so far, by {@link Setup#key()}. */
    private static final Map<String, BatchScorer> BUILT = new ConcurrentHashMap<>();
    /** On the driver: the setups made so far, by key. */
    private static final Map<String, Setup> SETUPS = new ConcurrentHashMap<>();

    private Scorers() {}

    /**
     * What the executors need, broadcast once per job: the options and the saved scoring index.
     *
     * @param options the options
     * @param key     names the scorer: the options' scorer key
     * @param index   the index as {@code FitScorers.saveIndex} writes it
     */
    record Setup(SparkScoringOptions options, String key, byte[] index) implements Serializable {
        Setup {
            Objects.requireNonNull(options, "options");
        }
    }

    /**
     * On the driver: the setup to broadcast for {@code options}, made once per JVM and options. Building it builds
     * the scorer here, so an unknown role or a missing release fails before any task runs; in local mode the
     * executors share this JVM and use that scorer as it is.
     */
    static Setup setup(SparkScoringOptions options) {
        return SETUPS.computeIfAbsent(options.scorerKey(), key -> {
            try {
                BatchScorer scorer = build(options, null);
                BUILT.put(key, scorer);
                ByteArrayOutputStream index = new ByteArrayOutputStream(1 << 19);
                FitScorers.saveIndex(scorer.scorer(), index);
                return new Setup(options, key, index.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the scoring index for the executors", e);
            }
        });
    }

    /** On an executor: the scorer for {@code setup}, built on this JVM's first use from the broadcast index. */
    static BatchScorer scorer(Setup setup) {
        return BUILT.computeIfAbsent(setup.key(), key -> {
            try {
                Path file = Files.createTempFile("careerfit-scoring-index", ".bin");
                try {
                    Files.write(file, setup.index());
                    return build(setup.options(), file);
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the broadcast scoring index", e);
            }
        });
    }

    /**
     * A scorer over the catalog the options describe; its index the shipped one, else the one saved in
     * {@code savedIndex} (when not {@code null}), else built.
     */
    private static BatchScorer build(SparkScoringOptions options, Path savedIndex) {
        ClassLoader loader = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                Scorers.class.getClassLoader());
        CareerCatalog.Builder catalog = CareerCatalog.builder().classLoader(loader);
        options.releases().forEach((id, path) -> {
            Path release = Path.of(path);
            if (!Files.exists(release)) {
                throw new CareerfitException("release " + id + "=" + path + ": no such file or folder");
            }
            catalog.release(id, release);
        });
        FitScorers.Builder scorer = FitScorers.builder().catalog(catalog.build()).bank(QuestionBanks.standard(loader));
        if (savedIndex != null) {
            scorer.savedIndex(savedIndex);
        }
        return new BatchScorer(scorer.build(), options.top(), options.roles());
    }
}
