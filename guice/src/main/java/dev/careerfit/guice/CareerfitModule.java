package dev.careerfit.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.ScoringSettings;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Binds careerfit for Guice: the {@link CareerCatalog}, the {@link QuestionBank} (with the catalog's
 * skill questions) and the {@link FitScorer}, each a singleton, plus the {@link ScoringSettings}.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new CareerfitModule());          // discovered providers
 * Injector custom = Guice.createInjector(CareerfitModule.builder()
 *         .catalog(() -> CareerCatalog.builder().exclude("glassdoor").build()).build());
 * FitScorer scorer = injector.getInstance(FitScorer.class);
 * }</pre>
 *
 * <p>Nothing is loaded until first asked for; the catalog and bank are built once per injector.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class CareerfitModule extends AbstractModule {
    private final Supplier<CareerCatalog> catalog;
    private final Supplier<QuestionBank> bank;
    private final ScoringSettings settings;

    /** The catalog of every discovered provider, the standard question bank, the default settings. */
    public CareerfitModule() {
        this(builder());
    }

    private CareerfitModule(Builder b) {
        this.catalog = b.catalog;
        this.bank = b.bank;
        this.settings = b.settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Provides
    @Singleton
    CareerCatalog catalog() {
        return Objects.requireNonNull(catalog.get(), "the catalog supplier returned null");
    }

    /** The scorer's bank: the supplied one with a self-rating question for every skill the catalog's roles ask. */
    @Provides
    @Singleton
    QuestionBank bank(FitScorer scorer) {
        return scorer.bank();
    }

    @Provides
    ScoringSettings settings() {
        return settings;
    }

    @Provides
    @Singleton
    FitScorer scorer(CareerCatalog careerCatalog, ScoringSettings scoringSettings) {
        QuestionBank questions = Objects.requireNonNull(bank.get(), "the question bank supplier returned null");
        return FitScorers.builder().catalog(careerCatalog).bank(questions).settings(scoringSettings).build();
    }

    /** Options of a {@link CareerfitModule}. */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private Supplier<CareerCatalog> catalog = () -> CareerCatalog.builder().build();
        private Supplier<QuestionBank> bank = QuestionBanks::standard;
        private ScoringSettings settings = ScoringSettings.defaults();

        private Builder() {}

        /** A ready catalog. */
        public Builder catalog(CareerCatalog value) {
            Objects.requireNonNull(value, "catalog");
            this.catalog = () -> value;
            return this;
        }

        /** How to build the catalog, when the injector first needs it. */
        public Builder catalog(Supplier<CareerCatalog> value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** The question bank; the standard one (built-in plus provider documents) by default. */
        public Builder bank(QuestionBank value) {
            Objects.requireNonNull(value, "bank");
            this.bank = () -> value;
            return this;
        }

        public Builder settings(ScoringSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public CareerfitModule build() {
            return new CareerfitModule(this);
        }
    }
}
