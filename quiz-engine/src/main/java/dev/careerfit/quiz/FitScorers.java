package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Creates {@link FitScorer}s.
 *
 * <pre>{@code
 * FitScorer scorer = FitScorers.create(catalog);                          // the standard question bank
 * FitScorer custom = FitScorers.builder().catalog(catalog).bank(myBank)
 *         .settings(ScoringSettings.defaults()).build();
 * }</pre>
 *
 * <p>Making a scorer needs every role's level on every dimension (the scoring index). For the built-in catalog
 * and bank, {@code careerfit-all} ships that index, made when it was built ({@value #SHIPPED_INDEX}); a scorer
 * whose catalog and bank match it (the same providers, releases, conflict policy, roles, bank and dimensions)
 * loads it in milliseconds instead of reading every role's facts for seconds. Otherwise the index is built, or
 * read from a {@linkplain Builder#indexCache cache} the caller keeps.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class FitScorers {
    /** The class path resource where a jar ships a scoring index {@linkplain #saveIndex saved} for its catalog. */
    public static final String SHIPPED_INDEX = "META-INF/careerfit/scoring-index.bin";

    private FitScorers() {}

    /** A scorer over {@code catalog} with {@link QuestionBanks#standard()} and the default settings. */
    public static FitScorer create(CareerCatalog catalog) {
        return builder().catalog(catalog).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes {@code scorer}'s scoring index, keyed by its catalog and bank: what a jar ships as
     * {@value #SHIPPED_INDEX}, and what a cluster job hands its executors ({@link Builder#savedIndex}).
     */
    public static void saveIndex(FitScorer scorer, OutputStream out) throws IOException {
        StandardFitScorer own = (StandardFitScorer) Objects.requireNonNull(scorer, "scorer");
        ScoringIndexFile.write(out, own.key(), own.index());
    }

    /** Builds a {@link FitScorer}. The catalog is required; the bank and settings have defaults. */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private CareerCatalog catalog;
        private QuestionBank bank;
        private ScoringSettings settings = ScoringSettings.defaults();
        private Path indexFile;
        private String indexKey;
        private Path savedIndex;
        private boolean shippedIndex = true;

        private Builder() {}

        public Builder catalog(CareerCatalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** The question bank; {@link QuestionBanks#standard()} when not set. */
        public Builder bank(QuestionBank value) {
            this.bank = Objects.requireNonNull(value, "bank");
            return this;
        }

        public Builder settings(ScoringSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * Saves the scoring index to {@code file} and reuses it while {@code key} stays the same, when no shipped
         * index matches. The key must change whenever the catalog's content or the bank could have: the jar and
         * release files' sizes and dates, say (docs/performance.md). A missing, damaged or differently keyed file
         * is rebuilt.
         */
        public Builder indexCache(Path file, String key) {
            this.indexFile = Objects.requireNonNull(file, "file");
            this.indexKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** Uses the index {@link #saveIndex saved} in {@code file} when it matches the catalog and bank. */
        public Builder savedIndex(Path file) {
            this.savedIndex = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Whether to use an index shipped on the class path ({@value #SHIPPED_INDEX}) that matches the catalog and
         * bank; true by default. False builds the index from the catalog's facts, as a check on the shipped one.
         */
        public Builder shippedIndex(boolean enabled) {
            this.shippedIndex = enabled;
            return this;
        }

        /** @throws NullPointerException when no catalog was set */
        public FitScorer build() {
            Objects.requireNonNull(catalog, "catalog: call catalog(...) before build()");
            QuestionBank b = bank != null ? bank : QuestionBanks.standard();
            return new StandardFitScorer(catalog, b, settings, new StandardFitScorer.IndexSources(shippedIndex,
                    savedIndex, indexFile, indexKey));
        }
    }
}
