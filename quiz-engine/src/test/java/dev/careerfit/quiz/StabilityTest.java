package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stability a ranking states (docs/scoring.md, "Stability at the rank") comes from retakes scored into reused
 * buffers, without a scoreboard each; it must be what 40 full scoreboards of the same retakes give: the same share of
 * retakes for every role and every family of the real catalog (O*NET 30.1, OEWS May 2024, EP 2024-34 and the guides),
 * for people who answered everything (with and without an education), part of the quiz, interests only, and for a person whose strong dislike crosses
 * the deal-breaker threshold from retake to retake.
 */
@Tag("national")
class StabilityTest {
    private final StandardFitScorer scorer = Simulation.national();
    private final Simulation sim = new Simulation(scorer);

    @Test
    void theRetakesScoredInPlaceStateWhatFullScoreboardsOfTheSameRetakesState() {
        Random rng = new Random(29);
        int checked = 0;
        int movedDealBreakers = 0;
        for (Respondent person : people(rng)) {
            Scoreboard board = new Scoreboard(person);
            double[][] fast = board.stability();
            assertThat(fast).as("stability for a person with enough answers").isNotNull();

            int n = person.settings.retakes();
            double[] role = new double[scorer.index().size()];
            double[] family = new double[scorer.index().groups.size()];
            Random random = board.retakeRandom();
            for (int i = 0; i < n; i++) {
                Respondent again = person.retake(random);
                movedDealBreakers += Arrays.equals(again.dealBreaking, person.dealBreaking) ? 0 : 1;
                Scoreboard full = new Scoreboard(again);
                for (int r : full.order().subList(0, Scoreboard.STABLE_WITHIN)) {
                    role[r] += 1.0 / n;
                }
                for (int[] f : full.families(Scoreboard.STABLE_WITHIN)) {
                    family[scorer.index().groups.of[f[0]]] += 1.0 / n;
                }
            }
            assertThat(fast[0]).as("each role's share of retakes in the top 10").containsExactly(role);
            assertThat(fast[1]).as("each family's share of retakes in the top 10 families").containsExactly(family);
            checked++;
        }
        assertThat(checked).isEqualTo(7);
        assertThat(movedDealBreakers).as("retakes whose deal-breakers differ from the answers'").isPositive();
    }

    /** Seven answer sets: full quizzes, half a quiz, interests only, and a strong dislike at the threshold. */
    private List<Respondent> people(Random rng) {
        List<Respondent> people = new ArrayList<>();
        people.add(sim.person(sim.take(sim.random(rng), rng)));
        // With a bachelor's degree: the preparation family and its gate (job zones 4-5 first).
        people.add(sim.person(sim.take(sim.random(rng), rng).with(Answer.of(QuestionId.of("education.highest"),
                EducationLevel.BACHELORS.onetCategory()))));
        people.add(sim.person(sim.take(sim.mirroring(rng.nextInt(scorer.index().size()), rng), rng)));
        people.add(sim.person(sim.take(sim.random(rng), rng,
                sim.measuring().stream().filter(q -> rng.nextDouble() < 0.5).toList())));
        people.add(sim.person(sim.take(sim.random(rng), rng,
                sim.measuring().stream().filter(q -> q.kind() == QuestionKind.INTEREST).toList())));
        for (int k = 0; k < 2; k++) {
            Simulation.Truth truth = sim.random(rng);
            // A work factor disliked just at the deal-breaker threshold (item score -0.5), and said to matter.
            for (Question q : sim.measuring()) {
                if (q.kind() == QuestionKind.AGREEMENT) {
                    int d = scorer.index().dimension(q.dimension());
                    truth.position()[d] = 2;
                    truth.importance()[d] = 5;
                    break;
                }
            }
            people.add(sim.person(sim.take(new Simulation.Truth(truth.position(), truth.importance(), truth.sigma(),
                    0), rng)));
        }
        return people;
    }
}
