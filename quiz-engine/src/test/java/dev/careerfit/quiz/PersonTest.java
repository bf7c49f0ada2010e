package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.fixture.FixtureCatalog;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.quiz.report.Stance;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a person's answers say, independent of any role (docs/scoring.md, "The person's side"), by hand. */
class PersonTest {
    private final StandardFitScorer scorer = (StandardFitScorer) FixtureCatalog.scorer();

    private Respondent respondent(Answers.Builder answers) {
        return scorer.respondent(answers.build(), null);
    }

    private Answers.Builder answers() {
        return Answers.builder(scorer.bank());
    }

    private int d(String id) {
        return scorer.index().dimension(DimensionId.of(id));
    }

    private static QuestionId q(String id) {
        return QuestionId.of(id);
    }

    @Test
    void anInterestAreasMeanIsTheMeanItemScoreOfItsAnsweredItemsAndNotSureOrSkippedNeverCount() {
        Respondent p = respondent(answers().answer(q("investigative.1"), 5).answer(q("investigative.2"), 3)
                .notSure(q("investigative.3")).skip(q("investigative.4")));

        assertThat(p.mean[d("investigative")]).isEqualTo(0.5);
        assertThat(p.answered[d("investigative")]).isEqualTo(2);
        assertThat(p.measured(d("realistic"))).isFalse();
        assertThat(p.scoredItems).isEqualTo(2);
    }

    @Test
    void aValueChoiceCountsTowardsTheFirstValueAndAgainstTheSecond() {
        Respondent p = respondent(answers().answer(q("values.achievement-or-working-conditions"), 1));

        assertThat(p.mean[d("achievement")]).isEqualTo(1.0);
        assertThat(p.mean[d("working-conditions")]).isEqualTo(-1.0);
        assertThat(p.choices[scorer.index().families.indexOf(DimensionFamilies.WORK_VALUE)]).isEqualTo(1);
    }

    @Test
    void agreeingWithAStatementAndWithItsReverseCancelsAsTheAgreementBias() {
        Respondent p = respondent(answers().answer(q("pay.1"), 5).answer(q("pay.3"), 5));

        assertThat(p.acquiescence).isEqualTo(1.0);
        assertThat(p.mean[d("pay")]).isZero();
        assertThat(p.keyBalance[d("pay")]).isZero();
    }

    @Test
    void importanceSetsAWorkFactorsWeightAndAnUnansweredOneCountsAsSomewhat() {
        Respondent p = respondent(answers().answer(q("pay.1"), 5).answer(q("pay.importance"), 5)
                .answer(q("pressure.1"), 2).answer(q("pressure.importance"), 2).answer(q("messy-data.1"), 4));

        assertThat(p.weight[d("pay")]).isEqualTo(1.0);
        assertThat(p.weight[d("pressure")]).isEqualTo(0.25);
        assertThat(p.weight[d("messy-data")]).isEqualTo(0.5);
        assertThat(p.weightSum[scorer.index().families.indexOf(DimensionFamilies.WORK_FACTOR)]).isEqualTo(1.75);
        assertThat(p.weight[d("investigative")]).as("interests are not weighed by importance").isEqualTo(1.0);
    }

    @Test
    void everyAnswerTheSameIsFlaggedAndWithholdsTheVerdict() {
        Answers.Builder b = answers();
        for (int i = 1; i <= 8; i++) {
            b.answer(q("investigative." + i), 4);
        }
        Respondent p = respondent(b);

        assertThat(p.flags).containsExactly(ResponseFlag.FLAT);
        assertThat(p.verdictWithheld()).isTrue();
    }

    @Test
    void tooFewAnswersSayHowManyMoreAndOfWhatKindAndGiveNoRanking() {
        Person none = scorer.person(answers().build());
        Person two = scorer.person(answers().answer(q("investigative.1"), 5).answer(q("pay.1"), 4).build());

        assertThat(none.shortfall()).hasValue("Not enough answers for a result yet: a result needs at least 12 answers "
                + "to questions on interests, work values or pros and cons, and there are none; answer 12 more, "
                + "including answers on 3 interest areas, 3 choices between work values or a statement on a pro or con "
                + "that matters to you.");
        assertThat(two.shortfall()).get().asString().contains("and there are 2; answer 10 more");
        assertThatThrownBy(() -> scorer.rank(two, RankingRequest.all())).isInstanceOf(NotEnoughAnswersException.class);
    }

    @Test
    void enoughItemsButNoFamilyWithItsMinimumIsStillNoResult() {
        Answers.Builder b = answers();
        for (int i = 1; i <= 8; i++) {
            b.answer(q("investigative." + i), 1 + i % 5);
        }
        for (int i = 1; i <= 6; i++) {
            b.answer(q("realistic." + i), 1 + i % 5);
        }
        Person person = scorer.person(b.build());

        assertThat(person.shortfall()).hasValue("Not enough answers for a result yet: the 14 answers do not yet give "
                + "any part of the fit enough to go on; it needs answers on 3 interest areas, 3 choices between work "
                + "values or a statement on a pro or con that matters to you.");
    }

    @Test
    void whereAPersonStandsOnADimensionFollowsTheSettingsThresholds() {
        Answers.Builder b = answers();
        for (int i = 1; i <= 4; i++) {
            b.answer(q("investigative." + i), 5).answer(q("realistic." + i), 3).answer(q("social." + i), 2);
        }
        Person person = scorer.person(b.build());

        assertThat(person.profile()).extracting(s -> s.dimension().value(), s -> s.stance(), s -> s.shown())
                .containsExactly(tuple("realistic", Stance.NEUTRAL, "20"), tuple("investigative", Stance.WANTS, "40"),
                        tuple("social", Stance.AVOIDS, "10"));
    }

    @Test
    void aRankingOnSomeFamiliesCountsOnlyTheirAnswersAndJudgesPatternsOnEveryAnswer() {
        Answers.Builder b = answers().interestProfiler(InterestProfilerResult.parse(FitTest.WORKED_EXAMPLE));
        scorer.bank().questions(DimensionId.of("pay")).forEach(x -> b.answer(x.id(), x.keySign() > 0 ? 5 : 1));
        Respondent interestsOnly = scorer.respondent(b.build(), Set.of(DimensionFamilies.INTEREST));

        assertThat(interestsOnly.measured(d("pay"))).isFalse();
        assertThat(interestsOnly.lambda).containsExactly(1, 0, 0, 0);
        assertThat(interestsOnly.mean[d("investigative")]).isCloseTo(1.0, within(1e-12));
    }
}
