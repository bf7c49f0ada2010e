package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A simulated retake (docs/scoring.md, "Stability at the rank") treats a measured interest shape as partly noise:
 * it starts from the shape shrunk by how much of its spread the person's own answers say is real, and adds a second
 * take's noise. A pronounced, consistent profile is kept nearly as it is; a profile whose areas barely differ
 * against the spread of the answers is mostly noise, and its retakes reorder it.
 */
@Tag("national")
class RetakeTest {
    private static final String[] AREAS = {"realistic", "investigative", "artistic", "social", "enterprising",
        "conventional"};

    private final StandardFitScorer scorer = Simulation.national();

    private Respondent answering(int[][] items) {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (int a = 0; a < AREAS.length; a++) {
            for (int i = 0; i < items[a].length; i++) {
                b.answer(QuestionId.of(AREAS[a] + "." + (i + 1)), items[a][i]);
            }
        }
        return scorer.respondent(b.build(), null);
    }

    @Test
    void aPronouncedProfileIsKeptAndABarelyDifferentiatedOneIsMostlyNoise() {
        Respondent pronounced = answering(new int[][] {{1, 2, 1, 1, 2, 1, 1, 1}, {5, 5, 4, 5, 5, 5, 4, 5},
            {2, 1, 1, 2, 1, 1, 2, 1}, {1, 1, 2, 1, 1, 1, 1, 2}, {2, 2, 1, 1, 2, 1, 2, 1}, {4, 4, 5, 4, 4, 3, 4, 4}});
        Respondent barely = answering(new int[][] {{1, 5, 2, 4, 3, 3, 2, 4}, {2, 5, 3, 4, 3, 4, 2, 5},
            {1, 4, 2, 4, 3, 3, 2, 4}, {1, 5, 2, 5, 3, 3, 2, 4}, {1, 5, 2, 4, 2, 3, 2, 4}, {2, 5, 2, 4, 3, 3, 3, 4}});

        assertThat(pronounced.interestShapeReliability()).isGreaterThan(0.95);
        assertThat(barely.interestShapeReliability()).isLessThan(0.5);

        // Over many retakes each area's mean centres on the shrunk shape, spread by the uncertainty of the true shape
        // and the second take's noise: variance (1 + rho) sigma² / n around it.
        double rho = barely.interestShapeReliability();
        double level = 0;
        int[] interest = new int[AREAS.length];
        for (int a = 0; a < AREAS.length; a++) {
            interest[a] = scorer.index().dimension(DimensionId.of(AREAS[a]));
            assertThat(barely.kind(interest[a])).isEqualTo(QuestionKind.INTEREST);
            level += barely.mean[interest[a]] / AREAS.length;
        }
        Random random = new Random(3);
        int n = 4000;
        double[] sum = new double[AREAS.length];
        double[] sumSq = new double[AREAS.length];
        for (int k = 0; k < n; k++) {
            Respondent again = barely.retake(random);
            for (int a = 0; a < AREAS.length; a++) {
                double m = again.mean[interest[a]];
                sum[a] += m;
                sumSq[a] += m * m;
            }
        }
        for (int a = 0; a < AREAS.length; a++) {
            int d = interest[a];
            double centre = level + rho * (barely.mean[d] - level);
            double variance = (1 + rho) * barely.noiseVariance / barely.answered[d];
            assertThat(sum[a] / n).as(AREAS[a] + ", mean over retakes").isCloseTo(centre, within(0.01));
            assertThat(sumSq[a] / n - (sum[a] / n) * (sum[a] / n)).as(AREAS[a] + ", variance over retakes")
                    .isCloseTo(variance, within(0.1 * variance));
        }
    }
}
