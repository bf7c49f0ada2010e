package dev.careerfit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulated people from generative models that are not the scorer's (docs/validity.md, "Simulated people").
 * First how noisy each model is, against the published reliability of the O*NET Interest Profiler Short Form
 * (Rounds, Su, Lewis and Rivkin 2010). The issue asks that two takes share at least 4 of their top 5 families
 * (median) under the stated noise model and under an independent one: reached under the stated model only (figures
 * in target/simulation.txt and docs/validity.md); the independent models are held to the medians measured, so that
 * a change making the families less stable fails here. The stability the engine states is checked against what
 * the second take shows, per decile, under each model.
 */
class SimulatedPeopleTest {
    /** Rounds et al. 2010, the Short Form's six scales (ten items each): Cronbach's alpha and one-month retest. */
    static final double PUBLISHED_LOWEST = 0.78;
    static final double PUBLISHED_ALPHA_HIGHEST = 0.87;
    static final double PUBLISHED_RETEST_HIGHEST = 0.86;

    @Test
    void theIndependentModelsAreAsNoisyAsThePublishedInterestProfilerAndTheStatedOneIsNot() {
        List<SimulationCheck.Reliability> models = List.of(SimulationCheck.reliability(SimulationCheck.STATED, 2000, 5),
                SimulationCheck.reliability(ResponseModel.GRADED_RESPONSE, 2000, 5),
                SimulationCheck.reliability(ResponseModel.RESPONSE_STYLE, 2000, 5),
                SimulationCheck.reliability(ResponseModel.RESPONSE_STYLE_PUBLISHED, 2000, 5));
        National.write("reliability.txt", SimulationCheck.renderReliability(models));

        for (SimulationCheck.Reliability published : List.of(models.get(1), models.get(3))) {
            assertThat(published.meanAlpha()).as(published.model() + ", alpha")
                    .isBetween(PUBLISHED_LOWEST, PUBLISHED_ALPHA_HIGHEST);
            assertThat(published.meanRetest()).as(published.model() + ", retest")
                    .isBetween(PUBLISHED_LOWEST, PUBLISHED_RETEST_HIGHEST);
        }
        // The stated model and the first response-style model are as reliable as the 180-item long form (alpha
        // 0.93-0.96): with eight items a scale, far less noisy than people are.
        for (SimulationCheck.Reliability tooQuiet : List.of(models.get(0), models.get(2))) {
            assertThat(tooQuiet.meanAlpha()).as(tooQuiet.model() + ", alpha").isGreaterThan(0.9);
            assertThat(tooQuiet.meanRetest()).as(tooQuiet.model() + ", retest").isGreaterThan(0.9);
        }
    }

    @Test
    void twoTakesShareTheirTopFamiliesAsMeasuredUnderEachModel() {
        SimulationCheck check = new SimulationCheck(new ExperimentalRanker(National.occupations()));
        List<SimulationCheck.Stability> stability = List.of(check.stability(null, 300, 19),
                check.stability(ResponseModel.GRADED_RESPONSE, 300, 20),
                check.stability(ResponseModel.RESPONSE_STYLE, 300, 21));
        FitScorer stating = FitScorers.create(National.catalog());
        List<SimulationCheck.Stability> engine = List.of(SimulationCheck.engineStability(stating, null, 300, 19),
                SimulationCheck.engineStability(stating, ResponseModel.GRADED_RESPONSE, 300, 20),
                SimulationCheck.engineStability(stating, ResponseModel.RESPONSE_STYLE, 300, 21),
                SimulationCheck.engineStabilityFromItems(stating, ResponseModel.GRADED_RESPONSE, 300, 24),
                SimulationCheck.engineStabilityFromItems(stating, ResponseModel.RESPONSE_STYLE, 300, 25),
                SimulationCheck.engineStability(stating, ResponseModel.RESPONSE_STYLE_PUBLISHED, 300, 27),
                SimulationCheck.engineStabilityFromItems(stating, ResponseModel.RESPONSE_STYLE_PUBLISHED, 300, 26));
        List<SimulationCheck.Coverage> coverage = List.of(
                SimulationCheck.engineCoverage(National.scorer(), ResponseModel.GRADED_RESPONSE, 60, 20, 22),
                SimulationCheck.engineCoverage(National.scorer(), ResponseModel.RESPONSE_STYLE, 60, 20, 23));
        List<SimulationCheck.Stability> all = new java.util.ArrayList<>(stability);
        all.addAll(engine);
        National.write("simulation.txt", SimulationCheck.render(all, coverage));

        assertThat(stability.get(0).medianTop5Shared()).as(stability.get(0).model()).isGreaterThanOrEqualTo(4);
        assertThat(stability.get(1).medianTop5Shared()).as(stability.get(1).model()).isGreaterThanOrEqualTo(2);
        assertThat(stability.get(2).medianTop5Shared()).as(stability.get(2).model()).isGreaterThanOrEqualTo(3);
        assertThat(engine.get(0).medianTop5Shared()).as(engine.get(0).model()).isGreaterThanOrEqualTo(4);
        assertThat(engine.get(1).medianTop5Shared()).as(engine.get(1).model()).isGreaterThanOrEqualTo(2);
        assertThat(engine.get(2).medianTop5Shared()).as(engine.get(2).model()).isGreaterThanOrEqualTo(3);
        // The stability the engine states, from people's own answers: it holds under the response-style model (within
        // 5 points in every decile from 50% up), and is over-confident under the graded-response one, held to the
        // measured figure at the top.
        SimulationCheck.Stability style = engine.get(4);
        for (int d = 5; d < 10; d++) {
            if (style.countByDecile()[d] >= 100) {
                assertThat(100 * style.observedByDecile()[d]).as(style.model() + ", stated " + (10 * d) + "-"
                        + (10 * d + 10) + "%").isCloseTo(100 * style.statedByDecile()[d], within(5.0));
            }
        }
        assertThat(100 * engine.get(3).observedByDecile()[9]).as(engine.get(3).model() + ", stated 90-100%")
                .isGreaterThanOrEqualTo(78);
        // At the Short Form's published reliability the families share 2 of 5 (as under the graded-response model),
        // and the stated stability is over-confident at the top by about 6 points (docs/validity.md).
        assertThat(engine.get(5).medianTop5Shared()).as(engine.get(5).model()).isGreaterThanOrEqualTo(2);
        assertThat(engine.get(6).medianTop5Shared()).as(engine.get(6).model()).isGreaterThanOrEqualTo(2);
        assertThat(100 * engine.get(6).observedByDecile()[9]).as(engine.get(6).model() + ", stated 90-100%")
                .isGreaterThanOrEqualTo(85);
    }
}
