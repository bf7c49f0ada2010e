package dev.careerfit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.InterestProfilerResult;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.InterestArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Interest matching where O*NET is right (docs/validity.md, "Interest matching"): O*NET's published Interest
 * Profiler example, and agreement with O*NET's Pearson matching for random answer strings, with interest
 * answers alone.
 */
class InterestMatchingTest {
    /** The answer string of O*NET's published example (Interest Profiler Short Form). */
    static final String EXAMPLE = "553421321134342523523523254115342111351145453111231155343444";

    private static int[] scores(InterestProfilerResult ip) {
        return Arrays.stream(InterestArea.values()).mapToInt(a -> ip.scores().get(a)).toArray();
    }

    @Test
    void theExamplesAreaScoresAreOnetsAndItsTwoBestFitsAreInTheTopFive() {
        InterestProfilerResult ip = InterestProfilerResult.parse(EXAMPLE);
        ExperimentalRanker method = new ExperimentalRanker(National.occupations());
        List<String> top5 = Arrays.stream(method.top(new Taker(scores(ip), null), 5))
                .map(p -> National.occupations().code(p[0])).toList();
        List<FitEstimate> engine = National.scorer().rank(National.scorer().person(
                Answers.builder(National.scorer().bank()).build().withInterestProfiler(ip)), RankingRequest.all()).roles();
        List<String> engineTop5 = engine.stream().limit(5).map(r -> r.role().value() + " " + r.title()).toList();
        National.write("onet-example.txt", String.format(Locale.ROOT, "O*NET example %s: area scores %s; experimental "
                + "top 5 %s; careerfit's engine top 5 %s%n", EXAMPLE, ip.scores(), top5, engineTop5));

        assertThat(scores(ip)).containsExactly(27, 13, 23, 25, 14, 14);
        assertThat(top5).contains("39-5094.00", "27-2031.00");
        // O*NET's two best fits for the example, Skincare Specialists and Dancers, in the engine's top 5.
        assertThat(engine.stream().limit(5).map(r -> r.role().value()).toList()).contains("39-5094.00", "27-2031.00");
    }

    @Test
    void forRandomAnswerStringsTheTopTenSharesAtLeastSevenWithPearsonsMatching() {
        Random random = new Random(19);
        Occupations occupations = National.occupations();
        ExperimentalRanker method = new ExperimentalRanker(occupations);
        PearsonRanker pearson = PearsonRanker.all(occupations);
        List<Integer> shared = new ArrayList<>();
        List<Integer> sharedByFamilies = new ArrayList<>();
        List<Integer> sharedByEngine = new ArrayList<>();
        int flagged = 0;
        for (int p = 0; p < 200; p++) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                digits.append(1 + random.nextInt(5));
            }
            InterestProfilerResult ip = InterestProfilerResult.parse(digits.toString());
            Taker t = new Taker(scores(ip), null);
            Set<Integer> reference = new HashSet<>();
            Arrays.stream(pearson.top(t, 10)).forEach(x -> reference.add(x[0]));
            shared.add(overlap(reference, Arrays.stream(method.occupationRanking(t)).limit(10).boxed().toList()));
            sharedByFamilies.add(overlap(reference, Arrays.stream(method.top(t, 10)).map(x -> x[0]).toList()));
            // A random answer string is what the response-style check is for: most are flagged and get no ranking.
            // The matching itself is compared on the string's six area scores.
            Ranking whole = National.scorer().rank(National.scorer().person(
                    Answers.builder(National.scorer().bank()).build().withInterestProfiler(ip)), RankingRequest.top(10));
            flagged += whole.roles().isEmpty() ? 1 : 0;
            List<Integer> engine = new ArrayList<>();
            for (FitEstimate r : National.scorer().rank(National.scorer().person(
                    Answers.builder(National.scorer().bank()).build().withInterestProfiler(
                            CareerfitRanker.profiler(scores(ip)))), RankingRequest.top(10)).roles()) {
                Arrays.stream(occupations.standsFor(r.role().value())).limit(1).forEach(engine::add);
            }
            sharedByEngine.add(overlap(reference, engine));
        }
        National.write("interest-agreement.txt", String.format(Locale.ROOT, "Top 10 shared with Pearson over every "
                        + "occupation, 200 random answer strings (median, mean): experimental occupations %d, %.2f; "
                        + "experimental families' best occupations %d, %.2f; careerfit's engine (the strings' area "
                        + "scores) %d, %.2f, minimum %d; the whole strings flagged as a response style (no ranking) "
                        + "%d of 200%n",
                median(shared), mean(shared), median(sharedByFamilies), mean(sharedByFamilies), median(sharedByEngine),
                mean(sharedByEngine), sharedByEngine.stream().min(Integer::compare).orElse(0), flagged));

        assertThat(median(shared)).isGreaterThanOrEqualTo(7);
        assertThat(shared).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(7));
        assertThat(sharedByEngine).as("careerfit's top 10 shared with Pearson's").allSatisfy(n ->
                assertThat(n).isGreaterThanOrEqualTo(7));
    }

    private static int overlap(Set<Integer> reference, List<Integer> top) {
        return (int) top.stream().filter(reference::contains).count();
    }

    private static int median(List<Integer> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
