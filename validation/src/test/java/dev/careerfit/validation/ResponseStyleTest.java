package dev.careerfit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Response styles measured (docs/validity.md, "Response styles"): uniformly random answers, cycles and careless
 * answering against coherent people, for careerfit's engine and for the split-half consistency index.
 */
class ResponseStyleTest {
    @Test
    void theConsistencyIndexFlagsRandomAndCyclingAnswerersAndFewCoherentPeople() {
        var scorer = National.scorer();
        List<ResponseStyleCheck.Rate> rates = List.of(
                ResponseStyleCheck.rate(scorer, "coherent (graded response, no careless answers)", 600, 31,
                        r -> ResponseStyleCheck.coherent(ResponseModel.GRADED_RESPONSE, r, false)),
                ResponseStyleCheck.rate(scorer, "coherent (response-style model)", 600, 32,
                        r -> ResponseStyleCheck.coherent(ResponseModel.RESPONSE_STYLE, r, true)),
                ResponseStyleCheck.rate(scorer, "graded response with careless answers (mean 10%)", 600, 33,
                        r -> ResponseStyleCheck.coherent(ResponseModel.GRADED_RESPONSE, r, true)),
                ResponseStyleCheck.rate(scorer, "uniformly random answers", 600, 34,
                        r -> ResponseStyleCheck.inOrder(i -> 1 + r.nextInt(5))),
                ResponseStyleCheck.rate(scorer, "half the items at random", 600, 35, ResponseStyleCheck::halfCareless),
                ResponseStyleCheck.rate(scorer, "cycle 1-2-3-4-5 in the bank's order", 1, 36,
                        r -> ResponseStyleCheck.inOrder(i -> 1 + i % 5)),
                ResponseStyleCheck.rate(scorer, "cycle 5-4-3-2-1 in the bank's order", 1, 37,
                        r -> ResponseStyleCheck.inOrder(i -> 5 - i % 5)),
                ResponseStyleCheck.rate(scorer, "alternating 1-5", 1, 38,
                        r -> ResponseStyleCheck.inOrder(i -> i % 2 == 0 ? 1 : 5)),
                ResponseStyleCheck.rate(scorer, "every answer 4", 1, 39, r -> ResponseStyleCheck.inOrder(i -> 4)),
                ResponseStyleCheck.rate(scorer, "coherent (response style, published reliability)", 600, 40,
                        r -> ResponseStyleCheck.coherent(ResponseModel.RESPONSE_STYLE_PUBLISHED, r, true)));
        National.write("response-styles.txt", ResponseStyleCheck.render(rates));

        assertThat(rates.get(0).index()).isLessThan(0.1);
        assertThat(rates.get(3).index()).isGreaterThan(0.5);
        assertThat(rates.subList(5, 9)).allSatisfy(r -> assertThat(r.index()).as(r.who()).isEqualTo(1.0));
        // The engine flags them too (its split-half consistency over the bank's activities, and its own patterns),
        // and a flagged quiz gets no ranking (RankingTest in the quiz engine).
        assertThat(rates.get(0).engine()).as(rates.get(0).who()).isLessThan(0.1);
        assertThat(rates.get(3).engine()).as(rates.get(3).who()).isGreaterThan(0.5);
        assertThat(rates.subList(5, 9)).allSatisfy(r -> assertThat(r.engine()).as(r.who()).isEqualTo(1.0));
        // People as noisy as the published Interest Profiler are flagged far more often (20.8%) than the quiet models'
        // 4-7%: the floor was chosen on the quiet models (docs/validity.md, "Response styles").
        assertThat(rates.get(9).engine()).as(rates.get(9).who()).isGreaterThan(0.15);
    }
}
