package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.quiz.report.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fast path (one dot product per role over the index's flat matrix) and the report path ({@link Fit},
 * which builds each role's coefficients) rank the real catalog (O*NET 30.1, OEWS May 2024, EP 2024-34 and
 * the guides) identically, and scoring from many threads gives the single-thread results.
 */
@Tag("national")
class RankingTest {
    private final StandardFitScorer scorer = Simulation.national();
    private final Simulation sim = new Simulation(scorer);

    @Test
    void theFastPathScoresEveryRoleAsTheReportPathDoes() {
        Random rng = new Random(17);
        int fast = 0;
        int[] tiers = new int[4];
        for (int p = 0; p < 40; p++) {
            Simulation.Truth truth = p % 2 == 0 ? sim.random(rng) : sim.mirroring(rng.nextInt(scorer.index().size()), rng);
            // Every question, or a random part of them (then the fast path applies to fewer people).
            List<dev.careerfit.quiz.bank.Question> asked = p % 3 == 0 ? sim.measuring().stream()
                    .filter(q -> rng.nextDouble() < 0.5).toList() : sim.measuring();
            Respondent person = sim.person(sim.take(truth, rng, asked));
            fast += person.dense ? 1 : 0;
            Scoreboard ranking = new Scoreboard(person);
            for (int r = 0; r < scorer.index().size(); r++) {
                Fit fit = Fit.of(person, r);
                assertThat(fit.scored).isEqualTo(!Double.isNaN(ranking.points(r)));
                if (fit.scored) {
                    assertThat(ranking.points(r)).isCloseTo(fit.points, within(1e-9));
                }
            }
            for (int r = 0; r < scorer.index().size(); r++) {
                assertThat(ranking.tier(r)).as("tier of role %s", r).isEqualTo(tierByDefinition(person, r));
                tiers[ranking.tier(r)]++;
            }
            assertThat(ranking.top(25)).isEqualTo(ranking.order().subList(0, 25));
            assertThatTheHeapGivesTheSortedOrder(person, ranking.order());
            // A fresh scoreboard, so the heap is used rather than the order sorted above.
            assertThat(new Scoreboard(person).bestFamilies(10)).as("the families stability counts")
                    .containsExactly(ranking.families(10).stream().mapToInt(f -> scorer.index().groups.of[f[0]]).toArray());
        }
        assertThat(fast).as("people on the fast path").isGreaterThan(20);
        assertThat(tiers).as("roles among the others, behind a gating family, sunk, views").doesNotContain(0);
    }

    /**
     * A person who answers every question in the middle: every role on the fast path scores 50, so the ten best are
     * decided by the tie-break alone (standing, then id), and the heap must give the sorted order's ties.
     */
    @Test
    void rolesTiedOnTheirScoreRankByIdInTheHeapAsInTheSort() {
        dev.careerfit.quiz.Answers.Builder middle = dev.careerfit.quiz.Answers.builder(scorer.bank());
        for (dev.careerfit.quiz.bank.Question q : sim.measuring()) {
            middle.answer(q.id(), 3);
        }
        Respondent person = sim.person(middle.build());
        Scoreboard ranking = new Scoreboard(person);
        List<Integer> order = ranking.order();
        assertThat(ranking.points(order.get(0))).as("a tie at the top").isEqualTo(ranking.points(order.get(10)));
        assertThatTheHeapGivesTheSortedOrder(person, order);
    }

    /**
     * The k best by the bounded heap, each from a fresh scoreboard (one that has sorted gives its sort), are the first
     * k of the sorted order: few, a page, and every role (more than are scored among the others, so the heap that
     * compares standings too).
     */
    private void assertThatTheHeapGivesTheSortedOrder(Respondent person, List<Integer> order) {
        for (int k : new int[] {1, 10, 25, scorer.index().size()}) {
            assertThat(new Scoreboard(person).top(k)).as("the %d best", k)
                    .isEqualTo(order.subList(0, Math.min(k, order.size())));
        }
    }

    /**
     * A role's tier asked of the role itself, as docs/scoring.md defines it: a view; else sunk by a deal-breaker on any
     * dimension; else left behind when a gating family that counts lacks a level on one of the person's dimensions in
     * it; else among the others. The ranking finds the same a condition at a time over every role.
     */
    private int tierByDefinition(Respondent person, int r) {
        ScoringIndex index = scorer.index();
        if (index.view[r]) {
            return 3;
        }
        for (int d = 0; d < index.dimensions.size(); d++) {
            if (index.matcher[index.family[d]].dealBreaker(person, r, d)) {
                return 2;
            }
        }
        for (int f = 0; f < index.families.size(); f++) {
            if (person.lambda[f] > 0 && person.active[f] && index.families.get(f).gates()) {
                for (int d : person.measured[f]) {
                    if (!index.has(r, d)) {
                        return 1;
                    }
                }
            }
        }
        return 0;
    }

    @Test
    void eightThreadsScoringDifferentPeopleGetTheSingleThreadResults() throws Exception {
        Random rng = new Random(23);
        List<Answers> people = new ArrayList<>();
        for (int p = 0; p < 32; p++) {
            people.add(sim.take(sim.random(rng), rng));
        }
        List<Ranking> alone = people.stream().map(a -> Scoring.top(scorer, a, 20)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Ranking>> together = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Answers a : people) {
                    together.add(pool.submit(() -> Scoring.top(scorer, a, 20)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i % people.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
