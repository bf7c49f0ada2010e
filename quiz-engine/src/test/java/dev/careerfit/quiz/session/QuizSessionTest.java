package dev.careerfit.quiz.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.QuizJson;
import dev.careerfit.quiz.bank.Keying;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private static FitScorer scorer;

    @BeforeAll
    static void loadTheSeedCatalog() {
        scorer = FitScorers.create(CareerCatalog.builder().strict(true).build());
    }

    private static QuizSession mlEngineerQuiz() {
        return QuizSession.builder(scorer).role("ml-engineer").start();
    }

    @Test
    void asksTheImportanceOfTheRolesMostExposedFactorFirst() {
        Question first = mlEngineerQuiz().current().orElseThrow();

        assertThat(first.kind()).isEqualTo(QuestionKind.IMPORTANCE);
        double exposure = scorer.catalog().requireRole("ml-engineer").factor(first.factor()).orElseThrow().value()
                .intensity();
        assertThat(exposure).isEqualTo(5);
    }

    @Test
    void asksAFactorsStatementsOnlyAfterEveryOtherFactorWhenThePersonSaysItDoesNotMatter() {
        QuizSession quiz = mlEngineerQuiz();
        Question importance = quiz.current().orElseThrow();
        quiz.answer(1);

        while (quiz.current().orElseThrow().factor() == null
                || !quiz.current().orElseThrow().factor().equals(importance.factor())) {
            quiz.answer(3);
        }

        List<String> dealtWith = quiz.answers().answers().stream().map(Answer::question).toList();
        assertThat(scorer.bank().questions()).filteredOn(q -> q.factor() != null && !q.factor().equals(importance.factor()))
                .extracting(Question::id).allMatch(dealtWith::contains);
    }

    @Test
    void goesBackToThePreviousQuestionShowingItsAnswerAndLetsItBeChanged() {
        QuizSession quiz = mlEngineerQuiz();
        Question first = quiz.current().orElseThrow();
        quiz.answer(4);
        Question second = quiz.current().orElseThrow();

        assertThat(quiz.back()).isTrue();
        assertThat(quiz.current()).contains(first);
        assertThat(quiz.currentAnswer()).contains(Answer.of(first.id(), 4));
        assertThat(quiz.back()).isFalse();

        quiz.answer(4);
        assertThat(quiz.current()).contains(second);
        quiz.back();
        quiz.answer(2);
        assertThat(quiz.answers().answer(first.id())).contains(Answer.of(first.id(), 2));
        assertThat(quiz.answers().answers()).hasSize(1);
    }

    @Test
    void skipAndNotSureMoveOnAndCountAsDealtWithButNotAsAnswers() {
        QuizSession quiz = mlEngineerQuiz();
        Question first = quiz.current().orElseThrow();
        quiz.skip();
        Question second = quiz.current().orElseThrow();
        quiz.notSure();

        assertThat(quiz.answers().answer(first.id())).contains(Answer.skipped(first.id()));
        assertThat(quiz.answers().answer(second.id())).contains(Answer.notSure(second.id()));
        assertThat(quiz.current()).isPresent().get().isNotIn(first, second);
        Progress progress = quiz.progress();
        assertThat(progress.answered()).isEqualTo(2);
        assertThat(progress.position()).isEqualTo(3);
        assertThat(progress.total()).isEqualTo(74 + scorer.catalog().requireRole("ml-engineer").groups(FactKinds.SKILL).size());
        assertThat(progress).hasToString("2 of " + progress.total());
    }

    @Test
    void rejectsAValueTheCurrentQuestionDoesNotOffer() {
        QuizSession quiz = mlEngineerQuiz();

        assertThatThrownBy(() -> quiz.answer(9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9 is not an allowed answer; use one of 1, 2, 3, 4, 5");
    }

    @Test
    void aFullSessionAsksEveryQuestionOnceAndThenFinishes() {
        QuizSession quiz = mlEngineerQuiz();
        Random random = new Random(3);
        int asked = 0;
        while (quiz.current().isPresent()) {
            Question q = quiz.current().get();
            quiz.answer(q.options().get(random.nextInt(q.options().size())).value());
            asked++;
        }

        assertThat(asked).isEqualTo(quiz.progress().total());
        assertThat(quiz.finished()).isTrue();
        assertThat(quiz.report().score()).isNotNull();
        assertThatThrownBy(quiz::skip).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void savingAndResumingThroughJsonGivesTheSameNextQuestionAndTheSameReport() {
        QuizSession quiz = mlEngineerQuiz();
        Random random = new Random(11);
        for (int i = 0; i < 25; i++) {
            Question q = quiz.current().orElseThrow();
            switch (random.nextInt(6)) {
                case 0 -> quiz.skip();
                case 1 -> quiz.notSure();
                default -> quiz.answer(q.options().get(random.nextInt(q.options().size())).value());
            }
        }
        quiz.back();

        String json = QuizJson.toJson(quiz.save());
        QuizSession resumed = QuizSession.resume(scorer, QuizJson.read(json, "session.json", SessionState.class));

        assertThat(json).contains("\"format\" : \"careerfit-session/1\"");
        assertThat(resumed.current()).isEqualTo(quiz.current());
        assertThat(resumed.progress()).isEqualTo(quiz.progress());
        assertThat(QuizJson.toJson(resumed.report())).isEqualTo(QuizJson.toJson(quiz.report()));
        quiz.answer(3);
        resumed.answer(3);
        assertThat(resumed.current()).isEqualTo(quiz.current());
    }

    @Test
    void rejectsASavedSessionWithEveryProblemListed() {
        SessionState state = new SessionState("careerfit-session/1", "careerfit-standard", "0.1", "astronaut", false,
                List.of(Answer.of("pay.1", 8)), List.of("pay.1", "nope"), 5);

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> QuizSession.resume(scorer, state));

        assertThat(e.problems()).extracting(Problem::where).containsExactly("$.bankVersion", "$.role",
                "$.answers[0].value", "$.history[1]", "$.position");
    }

    @Test
    void aQuickSessionStopsOnceMoreAnswersCanNoLongerChangeTheBand() {
        QuizSession quick = QuizSession.builder(scorer).role("ml-engineer").quick(true).start();
        while (quick.current().isPresent()) {
            Question q = quick.current().get();
            // An enthusiast: cares a lot and likes everything.
            quick.answer(q.kind() == QuestionKind.AGREEMENT && q.keying() == Keying.REVERSE ? 1 : 5);
        }

        assertThat(quick.progress().answered()).isLessThan(quick.progress().total());
        assertThat(quick.report().band()).isNotNull();
        assertThat(quick.answers().answers()).allMatch(a -> scorer.bank().question(a.question()).orElseThrow()
                .kind() != QuestionKind.SKILL_RATING);
    }

    @Test
    void aQuickSessionNeedsARole() {
        assertThatThrownBy(() -> QuizSession.builder(scorer).quick(true).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a role");
    }
}
