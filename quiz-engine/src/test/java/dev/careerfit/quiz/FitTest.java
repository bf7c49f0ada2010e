package dev.careerfit.quiz;

import static dev.careerfit.quiz.fixture.FixtureCatalog.DATA_SCIENTISTS;
import static dev.careerfit.quiz.fixture.FixtureCatalog.TINY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.fixture.FixtureCatalog;
import dev.careerfit.quiz.report.FitInterval;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.role.RoleId;
import org.junit.jupiter.api.Test;

/** One person's fit to one role on the hand-sized fixture catalog, checked against docs/scoring.md's formulas. */
class FitTest {
    /** R 10, I 40, A 10, S 10, E 10, C 30: the O*NET Interest Profiler answer string of the worked example. */
    static final String WORKED_EXAMPLE = "225522222244".repeat(5);

    private final StandardFitScorer scorer = (StandardFitScorer) FixtureCatalog.scorer();

    private Fit fit(Answers answers, String role) {
        return Fit.of(scorer.respondent(answers, null), scorer.index().row(RoleId.of(role)).orElseThrow());
    }

    private int dimension(String id) {
        return scorer.index().dimension(DimensionId.of(id));
    }

    @Test
    void reproducesTheWorkedExampleOfTheScoringDocument() {
        Answers answers = Answers.builder(scorer.bank())
                .interestProfiler(InterestProfilerResult.parse(WORKED_EXAMPLE)).build();

        FitReport report = scorer.report(scorer.person(answers), RoleId.of(DATA_SCIENTISTS));
        Fit fit = fit(answers, DATA_SCIENTISTS);

        // docs/scoring.md, "Worked example": the centred profiles' product 7.339 over their lengths, |p~| 1.486 and
        // |y~| 4.996, is O*NET's profile correlation r = 0.988.
        assertThat(fit.gamma[dimension("investigative")]).isCloseTo(3.572 / 4.996 / 1.486, within(1e-3));
        assertThat(fit.gamma[dimension("realistic")]).isCloseTo(-1.258 / 4.996 / 1.486, within(1e-3));
        assertThat(fit.points).isCloseTo(50 + 50 * 7.339 / (4.996 * 1.486), within(0.01));
        assertThat(fit.person.noiseVariance).isCloseTo(4 * 0.35 * 0.35 / (54 + 4), within(1e-6));
        assertThat(fit.standardError).isCloseTo(0.148, within(0.005));
        assertThat(report.score()).isEqualTo(99.4);
        assertThat(report.interval()).isEqualTo(new FitInterval(99.2, 99.7));
    }

    @Test
    void aWorkFactorCountsByWhereTheRoleStandsAmongAllRolesWeightedByImportance() {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : scorer.bank().questions(DimensionId.of("pay"))) {
            b.answer(q.id(), q.keySign() > 0 ? 5 : 1);
        }
        b.answer(QuestionId.of("pay.importance"), 5);
        scorer.bank().questions(DimensionId.of("pressure")).forEach(q -> b.answer(q.id(), 3));
        b.answer(QuestionId.of("pressure.importance"), 1);

        Fit fit = fit(b.build(), DATA_SCIENTISTS);

        // Pay 5 among 5, 3, 2, 4: mid-rank percentile 0.875, so 2P - 1 = 0.75; weight 1 of a total of 1 + 0.
        assertThat(fit.gamma[dimension("pay")]).isCloseTo(0.75, within(1e-9));
        assertThat(fit.gamma[dimension("pressure")]).isZero();
        assertThat(fit.familyMean(dimension("pay"))).isZero();
    }

    @Test
    void aFamilyTheRoleHasNoLevelsOnStaysAtTheNeutralMiddleInsteadOfHandingItsShareToTheOthers() {
        Answers.Builder b = Answers.builder(scorer.bank()).interestProfiler(InterestProfilerResult.parse(WORKED_EXAMPLE));
        for (Question q : scorer.bank().questions(DimensionId.of("pay"))) {
            b.answer(q.id(), q.keySign() > 0 ? 5 : 1);
        }

        Fit tiny = fit(b.build(), TINY);

        // Interests weigh 2 and work factors 1: the role without interests keeps only the factors' third.
        double[] compared = scorer.index().compared[scorer.index().row(RoleId.of(TINY)).orElseThrow()];
        assertThat(tiny.gamma[dimension("pay")]).isCloseTo(compared[dimension("pay")] / 3, within(1e-9));
        assertThat(tiny.gamma[dimension("investigative")]).isZero();
        assertThat(tiny.scored).isTrue();
    }

    @Test
    void contributionsAddUpToTheScoreBecauseAProfilesCoefficientsSumToZero() {
        Answers.Builder b = Answers.builder(scorer.bank());
        scorer.bank().questions().stream().filter(q -> q.kind() == QuestionKind.INTEREST)
                .forEach(q -> b.answer(q.id(), 1 + Math.abs(q.id().hashCode()) % 5));

        Fit fit = fit(b.build(), DATA_SCIENTISTS);

        double contributions = 0;
        for (int d = 0; d < fit.gamma.length; d++) {
            contributions += fit.contribution(d);
        }
        assertThat(50 + contributions).isCloseTo(fit.points, within(1e-9));
    }
}
