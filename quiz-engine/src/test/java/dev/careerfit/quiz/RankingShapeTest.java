package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.OccupationFamily;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.role.RoleId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a person sees of a ranking over the national catalog (O*NET 30.1, OEWS May 2024, EP 2024-34 and the guides;
 * docs/scoring.md): distinct families first, each with how stable it is; the guides' roles as views of their
 * occupations, never beside them; a strong dislike sinking what it defines; no ranking for a flagged quiz.
 */
@Tag("national")
class RankingShapeTest {
    private final StandardFitScorer scorer = Simulation.national();
    private final Simulation sim = new Simulation(scorer);

    /** Someone who likes investigative and conventional work and every statement's forward key a little. */
    private Answers analyst() {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : scorer.bank().questions()) {
            if (q.kind() == QuestionKind.INTEREST) {
                String area = q.dimension().value();
                b.answer(q.id(), area.equals("investigative") ? 5 : area.equals("conventional") ? 4 : 2);
            }
        }
        return b.build();
    }

    @Test
    void aRankingLeadsWithDistinctFamiliesEachWithItsBestOccupationsAndHowStableItIs() {
        Ranking ranking = scorer.rank(scorer.person(analyst()), RankingRequest.top(10));

        assertThat(ranking.families()).hasSize(10);
        assertThat(ranking.families()).extracting(OccupationFamily::id).doesNotHaveDuplicates();
        assertThat(ranking.families().get(0).roles().get(0)).isEqualTo(ranking.roles().get(0).role());
        for (OccupationFamily f : ranking.families()) {
            // A SOC broad occupation: every member's O*NET-SOC code starts with the family's first six characters.
            assertThat(f.roles()).allSatisfy(r -> assertThat(r.value()).startsWith(f.id().substring(0, 6)));
            assertThat(f.stability()).isBetween(0.0, 1.0);
        }
        assertThat(ranking.families()).extracting(OccupationFamily::stability).as("the leading family is the "
                + "most often kept in the top 10 or close to it").first().satisfies(s -> assertThat(s).isGreaterThan(0.5));
        assertThat(scorer.rank(scorer.person(analyst()), RankingRequest.top(10)).families())
                .as("the same answers state the same stability").isEqualTo(ranking.families());
        assertThat(ranking.roles()).allSatisfy(e -> assertThat(e.stability()).isBetween(0.0, 1.0));
    }

    @Test
    void aGuidesRoleIsAViewOfItsOccupationAndNeverRankedBesideIt() {
        Ranking all = scorer.rank(scorer.person(analyst()), RankingRequest.all());
        Set<RoleId> views = new HashSet<>();
        for (int r = 0; r < scorer.index().size(); r++) {
            if (scorer.index().view[r]) {
                views.add(scorer.index().ids[r]);
            }
        }

        assertThat(views).contains(RoleId.of("data-scientist"));
        assertThat(all.roles()).extracting(FitEstimate::role).doesNotContainAnyElementsOf(views);
        FitEstimate dataScientists = all.role(RoleId.of("15-2051.00")).orElseThrow();
        assertThat(dataScientists.views()).contains(RoleId.of("data-scientist"));
        Ranking asked = scorer.rank(scorer.person(analyst()), RankingRequest.builder().roles(RoleId.of("data-scientist"))
                .build());
        assertThat(asked.roles()).hasSize(1);
        assertThat(asked.roles().get(0).views()).contains(RoleId.of("data-scientist"));
    }

    @Test
    void aStrongDislikeOfMathsAndDataSinksTheOccupationsItDefines() {
        Answers.Builder b = Answers.builder(scorer.bank());
        analyst().answers().forEach(a -> b.answer(a.question(), a.value()));
        for (String factor : List.of("maths-intensity", "data-analysis")) {
            for (Question q : scorer.bank().questions(dev.careerfit.quiz.bank.DimensionId.of(factor))) {
                if (q.kind() == QuestionKind.AGREEMENT) {
                    b.answer(q.id(), q.keySign() > 0 ? 1 : 5);
                }
            }
        }
        Ranking ranking = scorer.rank(scorer.person(b.build()), RankingRequest.all());
        int maths = scorer.index().dimension(dev.careerfit.quiz.bank.DimensionId.of("maths-intensity"));

        // Maths-heavy: at the 80th percentile or above among the occupations rated on it (unrated ones are not).
        assertThat(ranking.roles().subList(0, 50)).allSatisfy(e -> assertThat(
                scorer.index().percentile[scorer.index().row(e.role()).orElseThrow()][maths]).as(e.title())
                .satisfiesAnyOf(p -> assertThat(p).isNaN(), p -> assertThat(p).isLessThan(0.8)));
        assertThat(ranking.role(RoleId.of("15-2051.00")).orElseThrow().percentile()).isLessThan(25.0);
    }

    @Test
    void randomAnswersAreFlaggedAndGetNoRankingOnlyWhatCanBeSaid() {
        Random rng = new Random(5);
        int flagged = 0;
        for (int p = 0; p < 20; p++) {
            Answers.Builder b = Answers.builder(scorer.bank());
            sim.measuring().forEach(q -> b.answer(q.id(), 1 + rng.nextInt(5)));
            Person person = scorer.person(b.build());
            Ranking ranking = scorer.rank(person, RankingRequest.top(10));
            if (person.flags().stream().anyMatch(ResponseFlag::withholdsVerdict)) {
                flagged++;
                assertThat(ranking.roles()).isEmpty();
                assertThat(ranking.families()).isEmpty();
                assertThat(ranking.notes()).anyMatch(n -> n.startsWith("No ranking is given"));
                assertThat(ranking.profile()).isNotEmpty();
            }
        }
        assertThat(flagged).as("uniformly random answerers flagged, of 20").isGreaterThanOrEqualTo(12);
    }
}
