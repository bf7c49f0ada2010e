package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.InterestArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * O*NET Interest Profiler Short Form results (60 answers, items ordered R R I I A A S S E E C C five times;
 * an area's score is the sum of (answer - 1) over its ten items) are accepted, and an interest-only ranking
 * agrees with O*NET-style profile correlation against the occupations' O*NET 30.1 interest ratings.
 */
@Tag("national")
class InterestProfilerTest {
    /** Answers 5 on investigative items, 4 on conventional, 1 elsewhere. */
    private static String investigativeConventional() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < InterestProfilerResult.ITEMS; i++) {
            InterestArea a = InterestProfilerResult.area(i);
            s.append(a == InterestArea.INVESTIGATIVE ? '5' : a == InterestArea.CONVENTIONAL ? '4' : '1');
        }
        return s.toString();
    }

    @Test
    void scoresEachAreaAsTheSumOfAnswerMinusOneOverItsTenItems() {
        InterestProfilerResult ip = InterestProfilerResult.parse(investigativeConventional());

        assertThat(ip.scores()).containsEntry(InterestArea.INVESTIGATIVE, 40).containsEntry(InterestArea.CONVENTIONAL, 30)
                .containsEntry(InterestArea.REALISTIC, 0);
        assertThat(InterestProfilerResult.area(0)).isEqualTo(InterestArea.REALISTIC);
        assertThat(InterestProfilerResult.area(2)).isEqualTo(InterestArea.INVESTIGATIVE);
        assertThat(InterestProfilerResult.area(12)).isEqualTo(InterestArea.REALISTIC);
        assertThat(ip.meanItemScore(InterestArea.INVESTIGATIVE)).isEqualTo(1.0);
    }

    @Test
    void saysWhatIsWrongWithABadAnswerString() {
        assertThatThrownBy(() -> InterestProfilerResult.parse("123"))
                .hasMessage("an Interest Profiler answer string has 60 digits (one per item, 1-5), this one has 3");
        assertThatThrownBy(() -> InterestProfilerResult.parse("1".repeat(59) + "7"))
                .hasMessage("Interest Profiler item 60 is '7'; each answer is a digit from 1 (strongly dislike) to 5 "
                        + "(strongly like)");
        assertThatThrownBy(() -> InterestProfilerResult.ofScores(Map.of(InterestArea.REALISTIC, 41)))
                .hasMessageContaining("between 0 and 40");
    }

    @Test
    void theAnswerStringAloneRanksEveryOccupationByInterestsAndShowsTheSixScores() {
        StandardFitScorer scorer = Simulation.national();
        Answers answers = Answers.builder(scorer.bank())
                .interestProfiler(InterestProfilerResult.parse(investigativeConventional())).build();

        Ranking top = scorer.rank(scorer.person(answers), RankingRequest.top(10));

        assertThat(top.profile()).extracting(d -> d.dimension().value()).containsExactly("realistic", "investigative",
                "artistic", "social", "enterprising", "conventional");
        assertThat(top.profile()).filteredOn(d -> d.dimension().value().equals("investigative")).singleElement()
                .satisfies(d -> assertThat(d.shown()).isEqualTo("40"));
        assertThat(top.roles()).hasSize(10).allMatch(e -> e.score() != null);
        assertThat(top.notes()).anyMatch(n -> n.startsWith("Your work values are not measured yet"));
    }

    @Test
    void theSixScoresAloneGiveTheSameRankingAsTheAnswerString() {
        StandardFitScorer scorer = Simulation.national();
        InterestProfilerResult digits = InterestProfilerResult.parse(investigativeConventional());
        Ranking fromDigits = Scoring.top(scorer, Answers.builder(scorer.bank()).interestProfiler(digits).build(), 20);
        Ranking fromScores = Scoring.top(scorer, Answers.builder(scorer.bank())
                .interestProfiler(InterestProfilerResult.ofScores(digits.scores())).build(), 20);

        assertThat(fromScores.roles()).extracting(e -> e.role().value())
                .containsExactlyElementsOf(fromDigits.roles().stream().map(e -> e.role().value()).toList());
    }

    @Test
    void anInterestOnlyRankingAgreesWithProfileCorrelationAgainstOnetInterestRatings() {
        StandardFitScorer scorer = Simulation.national();
        ScoringIndex index = scorer.index();
        int[] areas = new int[6];
        for (int k = 0; k < 6; k++) {
            areas[k] = index.dimension(scorer.bank().dimensions(DimensionFamilies.INTEREST).get(k).id());
        }
        Random rng = new Random(3);
        List<Double> agreement = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < InterestProfilerResult.ITEMS; i++) {
                s.append((char) ('1' + rng.nextInt(5)));
            }
            InterestProfilerResult ip = InterestProfilerResult.parse(s.toString());
            Scoreboard ranking = new Scoreboard(scorer.respondent(Answers.builder(scorer.bank()).interestProfiler(ip)
                    .build(), null));
            double[] person = Arrays.stream(InterestArea.values()).mapToDouble(a -> ip.scores().get(a)).toArray();
            List<double[]> pairs = new ArrayList<>();
            for (int r = 0; r < index.size(); r++) {
                if (!ranking.fit(r).scored || !index.has(r, areas[0])) {
                    continue;
                }
                int row = r;
                double[] occupation = Arrays.stream(areas).mapToDouble(d -> index.level[row][d]).toArray();
                pairs.add(new double[] {ranking.fit(r).points, pearson(person, occupation)});
            }
            agreement.add(spearman(pairs));
        }
        agreement.sort(Comparator.naturalOrder());
        System.out.printf("interest-only ranking vs profile correlation: Spearman median %.3f, 10th percentile %.3f%n",
                agreement.get(50), agreement.get(10));
        assertThat(agreement.get(50)).as("median rank agreement").isGreaterThanOrEqualTo(0.9);
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double spearman(List<double[]> pairs) {
        double[] a = ScoringIndex.midRanks(pairs.stream().mapToDouble(p -> p[0]).toArray());
        double[] b = ScoringIndex.midRanks(pairs.stream().mapToDouble(p -> p[1]).toArray());
        return pearson(a, b);
    }
}
