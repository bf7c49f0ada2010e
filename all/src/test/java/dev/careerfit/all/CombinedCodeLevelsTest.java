package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.report.DimensionResult;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.role.RoleId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quiz engine reads pay and demand from the catalog, so an O*NET occupation that takes the BLS's figures from
 * the SOC 2018 code combining its own (21-1014.00 from 21-1018) is scored on pay and demand like any other, and its
 * level says where the figures come from.
 */
@Tag("national")
class CombinedCodeLevelsTest {
    private static final FitScorer SCORER = FitScorers.create(CareerCatalog.builder().strict(true).build());

    @Test
    void mentalHealthCounselorsAreScoredOnPayAndDemandFromSoc21Dash1018() {
        Answers.Builder answers = Answers.builder(SCORER.bank());
        for (Question q : SCORER.bank().questions()) {
            answers.answer(q.id(), q.options().get(q.options().size() / 2).value());
        }
        FitReport report = SCORER.report(SCORER.person(answers.build()), RoleId.of("21-1014.00"));

        for (String dimension : new String[] {"pay", "job-demand"}) {
            DimensionResult result = report.explanation().dimensions().stream()
                    .filter(d -> d.person().dimension().equals(DimensionId.of(dimension)))
                    .findFirst().orElseThrow();
            assertThat(result.level()).as(dimension).isNotNull();
            assertThat(result.level().derived()).isTrue();
            assertThat(result.level().from()).as(dimension).allSatisfy(input -> assertThat(
                    input.provenance().origin().describe()).contains("published for SOC 21-1018")
                    .endsWith("which combines SOC 21-1011 and SOC 21-1014"));
        }
    }
}
