package dev.careerfit.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.ScoringSettings;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.role.RoleId;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CareerfitModuleTest {

    /** A class of the application that needs a scorer. */
    static final class AdviceService {
        final FitScorer scorer;

        @Inject
        AdviceService(FitScorer scorer) {
            this.scorer = scorer;
        }
    }

    /** Over the built-in catalog (careerfit-all on the test class path), with the index it ships. */
    @Test
    @Tag("national")
    void bindsTheCatalogTheBankAndTheScorerAsSingletons() {
        Injector injector = Guice.createInjector(new CareerfitModule());

        FitScorer scorer = injector.getInstance(FitScorer.class);

        assertThat(injector.getInstance(FitScorer.class)).isSameAs(scorer);
        assertThat(injector.getInstance(AdviceService.class).scorer).isSameAs(scorer);
        assertThat(scorer.catalog()).isSameAs(injector.getInstance(CareerCatalog.class));
        assertThat(scorer.bank()).isSameAs(injector.getInstance(QuestionBank.class));
        assertThat(scorer.catalog().roleIds()).contains(RoleId.of("ml-engineer"));
        assertThat(scorer.bank().skillQuestion(dev.careerfit.role.SkillId.of("python"))).isPresent();
        assertThat(scorer.toString()).as("the scoring index careerfit-all ships, as FitScorers.create uses it")
                .contains("index loaded");
    }

    @Test
    void takesACustomCatalogBankAndSettings() {
        AtomicInteger builds = new AtomicInteger();
        ScoringSettings settings = ScoringSettings.builder().changesListed(2).build();
        Injector injector = Guice.createInjector(CareerfitModule.builder()
                .catalog(() -> {
                    builds.incrementAndGet();
                    return CareerCatalog.builder().discoverProviders(false).build();
                })
                .bank(QuestionBanks.builtIn()).settings(settings).build());

        FitScorer scorer = injector.getInstance(FitScorer.class);
        injector.getInstance(CareerCatalog.class);

        assertThat(builds).hasValue(1);
        assertThat(scorer.catalog().roles()).isEmpty();
        assertThat(scorer.settings()).isSameAs(settings);
        assertThat(scorer.person(Answers.builder(scorer.bank()).build()).shortfall()).isPresent();
    }
}
