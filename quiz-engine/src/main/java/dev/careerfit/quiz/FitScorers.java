package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
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
 * @since 0.1
 */
public final class FitScorers {
    private FitScorers() {}

    /** A scorer over {@code catalog} with {@link QuestionBanks#standard()} and the default settings. */
    public static FitScorer create(CareerCatalog catalog) {
        return builder().catalog(catalog).build();
    }

    /** A scorer over {@code catalog} with {@code bank} and the default settings. */
    public static FitScorer create(CareerCatalog catalog, QuestionBank bank) {
        return builder().catalog(catalog).bank(bank).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FitScorer}. The catalog is required; the bank and settings have defaults. */
    public static final class Builder {
        private CareerCatalog catalog;
        private QuestionBank bank;
        private ScoringSettings settings = ScoringSettings.defaults();
        private Path indexFile;
        private String indexKey;

        private Builder() {}

        /**
         * Saves the scoring index (every role's level on every dimension) to {@code file} and reuses it while
         * {@code key} stays the same, instead of reading every role's facts when the scorer is made. The key
         * must change whenever the catalog's content or the bank could have: the jar and release files' sizes
         * and dates, say (docs/performance.md). A missing, damaged or differently keyed file is rebuilt.
         */
        public Builder indexCache(Path file, String key) {
            this.indexFile = Objects.requireNonNull(file, "file");
            this.indexKey = Objects.requireNonNull(key, "key");
            return this;
        }

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

        /** @throws NullPointerException when no catalog was set */
        public FitScorer build() {
            Objects.requireNonNull(catalog, "catalog: call catalog(...) before build()");
            QuestionBank b = bank != null ? bank : QuestionBanks.standard();
            return new StandardFitScorer(catalog, b, settings, indexFile, indexKey);
        }
    }
}
