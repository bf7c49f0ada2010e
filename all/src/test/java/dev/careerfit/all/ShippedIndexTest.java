package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scoring index this jar ships (META-INF/careerfit/scoring-index.bin, made at build time) is what a fresh
 * computation over the built-in catalog gives (O*NET 30.1, OEWS May 2024, EP 2024-34 and the guides), and a scorer
 * over that catalog loads it instead of reading every role.
 */
@Tag("national")
class ShippedIndexTest {
    @Test
    void theShippedIndexIsAFreshComputationsAndAScorerOverTheBuiltInCatalogLoadsIt() throws IOException {
        CareerCatalog catalog = CareerCatalog.builder().build();
        FitScorer shipped = FitScorers.create(catalog);
        FitScorer fresh = FitScorers.builder().catalog(catalog).shippedIndex(false).build();

        byte[] resource;
        try (InputStream in = ShippedIndexTest.class.getClassLoader().getResourceAsStream(FitScorers.SHIPPED_INDEX)) {
            resource = in.readAllBytes();
        }

        assertThat(bytes(fresh)).as("the shipped index is what the catalog gives now").isEqualTo(resource);
        assertThat(bytes(shipped)).isEqualTo(resource);
        assertThat(shipped.toString()).contains("index loaded");
        assertThat(fresh.toString()).doesNotContain("index loaded");
        Answers answers = someone(shipped, 7);
        assertThat(shipped.rank(shipped.person(answers), RankingRequest.top(20)))
                .isEqualTo(fresh.rank(fresh.person(answers), RankingRequest.top(20)));
    }

    @Test
    void aCatalogListingItsRolesFromTheShippedRoleIndexFindsTheShippedScoringIndexWithoutOpeningAProvider() {
        CareerCatalog indexed = CareerCatalog.builder().rolesFromShippedIndex().build();
        FitScorer scorer = FitScorers.create(indexed);
        FitScorer opened = FitScorers.create(CareerCatalog.builder().build());
        Answers answers = someone(scorer, 3);

        assertThat(scorer.toString()).contains("index loaded");
        assertThat(scorer.rank(scorer.person(answers), RankingRequest.top(1019)))
                .isEqualTo(opened.rank(opened.person(answers), RankingRequest.top(1019)));
        assertThat(indexed.providersOpened()).as("a provider was opened").isFalse();
    }

    @Test
    void anotherCatalogDoesNotUseTheShippedIndex() {
        FitScorer guidesOnly = FitScorers.create(CareerCatalog.builder().include("career-guides").build());

        assertThat(guidesOnly.toString()).doesNotContain("index loaded").contains("3 roles");
    }

    /** Every measuring question answered, the i-th with {@code 1 + i * step % 5}. */
    private static Answers someone(FitScorer scorer, int step) {
        Answers.Builder someone = Answers.builder(scorer.bank());
        int i = 0;
        for (Question q : scorer.bank().questions()) {
            if (q.kind().measures()) {
                someone.answer(q.id(), 1 + i++ * step % 5);
            }
        }
        return someone.build();
    }

    private static byte[] bytes(FitScorer scorer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FitScorers.saveIndex(scorer, out);
        return out.toByteArray();
    }
}
