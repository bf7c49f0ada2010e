package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.CloseCall;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.PreparationVerdict;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * People with clear views, scored against the full national catalog (O*NET 30.1 occupations with OEWS
 * May 2024 and EP 2024-34 figures, and the guides' roles). Each test states who the person is and what
 * careerfit should tell them.
 */
@Tag("national")
class PersonaTest {
    private static StandardFitScorer scorer;
    private static QuestionBank bank;

    @BeforeAll
    static void loadTheNationalCatalog() {
        scorer = Simulation.national();
        bank = scorer.bank();
    }

    /** Answers every interest, value and factor question with {@code answer}, and importance with 4. */
    private static Answers.Builder answering(ToIntFunction<Question> answer) {
        Answers.Builder b = Answers.builder(bank);
        for (Question q : bank.questions()) {
            if (q.kind().measures() || q.kind() == QuestionKind.IMPORTANCE) {
                b.answer(q.id(), answer.applyAsInt(q));
            }
        }
        return b;
    }

    /** Likes investigative and conventional activities, data and maths; wants pay; dislikes selling. */
    private static Answers.Builder analyst() {
        Map<String, Integer> interests = Map.of("investigative", 5, "conventional", 4, "realistic", 2, "artistic", 2,
                "social", 2, "enterprising", 1);
        List<String> liked = List.of("maths-intensity", "programming-intensity", "data-analysis", "pay",
                "intellectual-challenge", "messy-data");
        return answering(q -> switch (q.kind()) {
            case INTEREST -> interests.get(q.dimension().value());
            case VALUE_CHOICE -> is(q.dimension(), "achievement") || is(q.dimension(), "independence") ? 2 : 4;
            case AGREEMENT -> liked.contains(q.dimension().value()) == (q.keySign() > 0) ? 5 : 2;
            default -> liked.contains(q.dimension().value()) ? 5 : 2;
        });
    }

    /** Likes helping and teaching people and making things; avoids maths and computers. */
    private static Answers.Builder helper() {
        Map<String, Integer> interests = Map.of("social", 5, "artistic", 4, "investigative", 2, "conventional", 1,
                "realistic", 2, "enterprising", 3);
        List<String> liked = List.of("real-world-impact", "collaboration");
        List<String> disliked = List.of("maths-intensity", "programming-intensity", "data-analysis");
        return answering(q -> switch (q.kind()) {
            case INTEREST -> interests.get(q.dimension().value());
            case VALUE_CHOICE -> is(q.dimension(), "relationships") ? 1 : is(q.versus(), "relationships") ? 5 : 3;
            case AGREEMENT -> liked.contains(q.dimension().value()) ? (q.keySign() > 0 ? 5 : 1)
                    : disliked.contains(q.dimension().value()) ? (q.keySign() > 0 ? 1 : 5) : 3;
            default -> liked.contains(q.dimension().value()) || disliked.contains(q.dimension().value()) ? 5 : 2;
        });
    }

    private static boolean is(DimensionId id, String value) {
        return id.value().equals(value);
    }

    private static long computerAndMathematical(Ranking c) {
        return c.roles().stream().filter(e -> e.role().value().startsWith("15-")
                || List.of("ml-engineer", "data-scientist", "ai-engineer").contains(e.role().value())).count();
    }

    @Test
    void someoneWhoLikesDataMathsAndInvestigatingFindsComputerAndMathematicalWorkAtTheTop() {
        Ranking top = Scoring.top(scorer, analyst().build(), 20);

        assertThat(computerAndMathematical(top)).as("SOC 15 occupations or the guides' data roles in the top 20: %s",
                top.roles().stream().map(FitEstimate::title).toList()).isGreaterThanOrEqualTo(8);
        assertThat(top.roles().get(0).band()).isNotNull();
        assertThat(top.flags()).isEmpty();
    }

    @Test
    void someoneWhoLikesHelpingPeopleAndAvoidsMathsFindsNoComputerWorkAtTheTop() {
        Ranking top = Scoring.top(scorer, helper().build(), 20);

        assertThat(computerAndMathematical(top)).isZero();
        assertThat(top.roles()).anyMatch(e -> e.role().value().startsWith("21-") || e.role().value().startsWith("25-")
                || e.role().value().startsWith("29-") || e.role().value().startsWith("39-"));
    }

    @Test
    void theRoleAskedAboutSaysWhereItStandsAmongEveryOccupationWithItsSourcedReasons() {
        FitReport report = Scoring.report(scorer, analyst().build(), "15-2051.00");

        assertThat(report.estimate().rank()).isBetween(1, 60);
        assertThat(report.estimate().percentile()).isGreaterThan(90);
        assertThat(report.verdict()).startsWith("Data Scientists ranks " + report.estimate().rank() + " of ");
        assertThat(report.explanation().inFavour()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.level().from()).isNotEmpty();
            assertThat(r.level().from()).allSatisfy(f -> assertThat(f.provenance().source().publisher()).isNotBlank());
        });
        // Pay for an O*NET occupation is careerfit's derivation from the OEWS May 2024 median.
        assertThat(report.explanation().dimensions()).filteredOn(d -> is(d.person().dimension(), "pay")).singleElement()
                .satisfies(d -> {
                    assertThat(d.level().derived()).isTrue();
                    assertThat(d.level().basis()).startsWith("careerfit's derivation");
                    assertThat(d.level().from()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("$112,590"));
                });
    }

    @Test
    void readinessTakesTheEducationHeldIntoAccountAndNeverContradictsItself() {
        Answers phd = analyst().answer(QuestionId.of("education.highest"), EducationLevel.DOCTORATE.onetCategory())
                .answer(QuestionId.of("education.study-years"), 0).build();
        Answers beginner = analyst().answer(QuestionId.of("education.highest"), EducationLevel.HIGH_SCHOOL.onetCategory())
                .answer(QuestionId.of("education.study-years"), 2).build();

        FitReport forPhd = scorer.report(scorer.person(phd), RoleId.of("15-2051.00"));
        FitReport forBeginner = scorer.report(scorer.person(beginner), RoleId.of("15-2051.00"));

        assertThat(forPhd.readiness().preparation().verdict()).isEqualTo(PreparationVerdict.READY);
        assertThat(forPhd.readiness().preparation().summary()).startsWith("You already hold a doctoral degree");
        assertThat(forBeginner.readiness().preparation().verdict()).isEqualTo(PreparationVerdict.BEYOND_PLAN);
        assertThat(forBeginner.readiness().preparation().yearsNeeded()).isEqualTo(4.0);
        assertThat(forBeginner.readiness().preparation().summary()).contains("more than the 2 you would invest");
    }

    @Test
    void skillsReadinessComparesSelfRatingsWithTheOccupationsOnetSkillLevels() {
        List<Question> skills = scorer.skillQuestions(RoleId.of("15-2041.00"));
        Answers.Builder b = analyst();
        skills.forEach(q -> b.answer(q.id(), 1));

        var readiness = scorer.report(scorer.person(b.build()), RoleId.of("15-2041.00")).readiness().skills();

        assertThat(skills).isNotEmpty().allMatch(q -> q.kind() == QuestionKind.SKILL_RATING);
        assertThat(readiness.rated()).isEqualTo(skills.size());
        assertThat(readiness.coverage()).isLessThan(0.5);
        assertThat(readiness.gaps()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.self()).isEqualTo(1);
            assertThat(g.source().figure()).startsWith("O*NET skill: ");
            assertThat(g.source().provenance().source().title()).contains("O*NET");
        });
    }

    @Test
    void someoneWhoAnswersOnlyInterestItemsIsRankedByInterestsAloneAndTheOtherFamiliesNeitherHelpNorHurt() {
        Answers.Builder b = Answers.builder(bank);
        bank.questions().stream().filter(q -> q.kind() == QuestionKind.INTEREST)
                .forEach(q -> b.answer(q.id(), is(q.dimension(), "realistic") ? 5 : 2));
        Ranking top = scorer.rank(scorer.person(b.build()), RankingRequest.top(5));
        Respondent person = scorer.respondent(b.build(), null);

        assertThat(person.active).containsExactly(true, false, false, false);
        assertThat(scorer.index().families).containsExactly(DimensionFamilies.INTEREST, DimensionFamilies.WORK_VALUE,
                DimensionFamilies.WORK_FACTOR, DimensionFamilies.PREPARATION);
        assertThat(top.notes()).anyMatch(n -> n.startsWith("Your work values are not measured yet"))
                .anyMatch(n -> n.startsWith("Your pros and cons are not measured yet"));
        Fit best = Fit.of(person, scorer.index().row(top.roles().get(0).role()).orElseThrow());
        for (int d = 0; d < best.gamma.length; d++) {
            if (scorer.index().dimensions.get(d).family() != DimensionFamilies.INTEREST) {
                assertThat(best.gamma[d]).isZero();
            }
        }
    }

    @Test
    void aHandfulOfAnswersGivesNoResultButSaysHowManyMoreAndOfWhatKind() {
        Answers.Builder b = Answers.builder(bank);
        bank.questions().stream().filter(q -> q.kind() == QuestionKind.INTEREST).limit(5)
                .forEach(q -> b.answer(q.id(), 5));
        Person person = scorer.person(b.build());

        assertThat(person.shortfall()).hasValue("Not enough answers for a result yet: a result needs at least 12 "
                + "answers to questions on interests, work values or pros and cons, and there are 5; answer 7 more, "
                + "including answers on 3 interest areas, 3 choices between work values or a statement on a pro or "
                + "con that matters to you.");
        assertThatThrownBy(() -> scorer.report(person, RoleId.of("15-2051.00")))
                .isInstanceOf(NotEnoughAnswersException.class).hasMessageContaining("answer 7 more");
        assertThatThrownBy(() -> scorer.rank(person, RankingRequest.top(10)))
                .isInstanceOfSatisfying(NotEnoughAnswersException.class, e -> assertThat(e.moreNeeded()).isEqualTo(7));
    }

    @Test
    void tooCloseToCallIsDecidedByTheDifferencesIntervalAndWordedWithTheNumbersShown() {
        Ranking top = Scoring.top(scorer, analyst().build(), 30);

        assertThat(top.tooClose()).isNotEmpty().allSatisfy((CloseCall c) -> {
            assertThat(c.interval().low()).isLessThanOrEqualTo(0);
            assertThat(c.interval().contains(c.difference())).isTrue();
        });
    }

    @Test
    void aStrongDislikeThatMattersIsADealBreakerForOccupationsThatHaveMuchOfIt() {
        Answers hatesPressure = analyst().answer(QuestionId.of("pressure.importance"), 5).build();
        Answers.Builder b = Answers.builder(bank);
        hatesPressure.answers().stream().filter(a -> !a.question().value().startsWith("pressure."))
                .forEach(b::add);
        bank.questions(DimensionId.of("pressure")).forEach(q -> b.answer(q.id(), q.keySign() > 0 ? 1 : 5));
        b.answer(QuestionId.of("pressure.importance"), 5);

        Person person = scorer.person(b.build());
        Ranking all = scorer.rank(person, RankingRequest.all());
        Ranking without = scorer.rank(person, RankingRequest.builder().limit(40).withoutDealBreakers().build());

        assertThat(all.roles()).filteredOn(e -> !e.dealBreakers().isEmpty()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.dealBreakers()).containsExactly(DimensionId.of("pressure")));
        long left = all.roles().stream().filter(e -> !e.dealBreakers().isEmpty()).count();
        // The first 40 without one, with the ranks they have among all.
        assertThat(without.roles()).containsExactlyElementsOf(all.roles().stream()
                .filter(e -> e.dealBreakers().isEmpty()).limit(40).toList());
        assertThat(without.notes()).contains(left + " occupations have one of your deal-breakers and are left out.");
    }
}
