package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.fixture.FixtureCatalog;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The adaptive quiz's next question and its settled rule (docs/scoring.md, "Adaptive quiz") on the fixture. */
class AdaptiveTest {
    private final StandardFitScorer scorer = (StandardFitScorer) FixtureCatalog.scorer();

    private QuizAdvice advise(Answers answers, Set<QuestionId> asked) {
        return scorer.advise(scorer.person(answers), asked, 2);
    }

    private Set<QuestionId> all(java.util.function.Predicate<Question> which) {
        return scorer.bank().questions().stream().filter(which).map(Question::id).collect(Collectors.toSet());
    }

    @Test
    void beginsWithQuestionsThatMeasureADimensionAndNeverAsksOneAlreadyAsked() {
        Set<QuestionId> asked = new HashSet<>();
        Answers.Builder b = Answers.builder(scorer.bank());
        for (int i = 0; i < 20; i++) {
            Question next = advise(b.build(), asked).next();
            // Or, once the top would be settled, how much a factor answered strongly matters (it is owed).
            boolean owed = next.kind() == QuestionKind.IMPORTANCE && asked.stream().anyMatch(id -> scorer.bank()
                    .question(id).filter(q -> next.dimension().equals(q.dimension())).isPresent());
            assertThat(next.kind().measures() || owed).as("question %d: %s", i + 1, next.id()).isTrue();
            assertThat(asked).doesNotContain(next.id());
            asked.add(next.id());
            b.answer(next.id(), 1 + i % 5);
        }
    }

    @Test
    void asksHowMuchAWorkFactorMattersOnlyOnceItHasAStatement() {
        QuestionId importance = QuestionId.of("pay.importance");
        // Everything but pay's importance and the readiness questions already asked: with no statement on pay the
        // importance question would move nothing, so a readiness question comes first.
        Set<QuestionId> asked = all(q -> (q.kind().measures() || q.kind() == QuestionKind.IMPORTANCE)
                && !q.id().equals(importance));

        Question withoutStatement = advise(Answers.builder(scorer.bank()).build(), asked).next();
        // Wanting pay both ways round (agreeing, and disagreeing with its reverse): a mean of +1 after the bias.
        Question afterStatement = advise(Answers.builder(scorer.bank()).answer(QuestionId.of("pay.1"), 5)
                .answer(QuestionId.of("pay.3"), 1).build(), asked).next();

        assertThat(withoutStatement.kind()).isIn(QuestionKind.EDUCATION_HELD, QuestionKind.STUDY_YEARS,
                QuestionKind.EXPERIENCE_YEARS);
        assertThat(afterStatement.id()).isEqualTo(importance);
    }

    @Test
    void isNotSettledBeforeEveryFamilyHasItsFloorHoweverStableTheTop() {
        Answers.Builder b = Answers.builder(scorer.bank());
        scorer.bank().questions().stream().filter(q -> q.kind() == QuestionKind.INTEREST)
                .forEach(q -> b.answer(q.id(), q.dimension().value().equals("investigative") ? 5 : 2));

        QuizAdvice advice = advise(b.build(), Set.of());

        assertThat(advice.settled()).isFalse();
        assertThat(advice.stableFor()).isZero();
        assertThat(advice.next().kind()).as("below the value and factor floors").isIn(QuestionKind.VALUE_CHOICE,
                QuestionKind.AGREEMENT);
    }

    @Test
    void isSettledOnceTheFloorsAreMetAndTheLastSixAnswersLeftTheTopInPlace() {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : scorer.bank().questions()) {
            if (q.kind() == QuestionKind.INTEREST) {
                b.answer(q.id(), q.dimension().value().equals("investigative") ? 5 : 2);
            } else if (q.kind() == QuestionKind.VALUE_CHOICE || q.kind() == QuestionKind.AGREEMENT) {
                b.answer(q.id(), 3);
            }
        }

        QuizAdvice advice = advise(b.build(), Set.of());

        assertThat(advice.settled()).isTrue();
        assertThat(advice.stableFor()).isEqualTo(Adaptive.STABLE_ANSWERS);
        assertThat(advice.top()).isEqualTo(2);
    }

    @Test
    void asksHowMuchAStrongDislikeMattersBeforeTheTopCountsAsSettled() {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : scorer.bank().questions()) {
            if (q.kind() == QuestionKind.INTEREST) {
                b.answer(q.id(), q.dimension().value().equals("investigative") ? 5 : 2);
            } else if (q.kind() == QuestionKind.VALUE_CHOICE || q.kind() == QuestionKind.AGREEMENT) {
                // Pay strongly disliked both ways round (disagreeing, and agreeing with its reverse), the rest neutral.
                b.answer(q.id(), q.dimension().value().equals("pay") ? 3 - 2 * q.keySign() : 3);
            }
        }
        Answers answers = b.build();
        QuestionId payMatters = QuestionId.of("pay.importance");

        QuizAdvice owed = advise(answers, Set.of());
        QuizAdvice answered = advise(answers.with(Answer.of(payMatters, 5)), Set.of(payMatters));

        assertThat(owed.stableFor()).as("the top alone would count as settled").isEqualTo(Adaptive.STABLE_ANSWERS);
        assertThat(owed.settled()).isFalse();
        assertThat(owed.next().id()).isEqualTo(payMatters);
        assertThat(answered.next()).isNotNull();
        assertThat(answered.next().id()).isNotEqualTo(payMatters);
    }
}
