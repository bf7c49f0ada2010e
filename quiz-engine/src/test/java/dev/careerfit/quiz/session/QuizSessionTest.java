package dev.careerfit.quiz.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A quiz session over the built-in catalog (O*NET 30.1, OEWS May 2024, EP 2024-34 and the guides). */
@Tag("national")
class QuizSessionTest {
    private static FitScorer scorer;

    @BeforeAll
    static void loadTheSeedCatalog() {
        scorer = FitScorers.create(CareerCatalog.builder().strict(true).build());
    }

    private static QuizSession mlEngineerQuiz() {
        return QuizSession.builder(scorer).role(RoleId.of("ml-engineer")).start();
    }

    @Test
    void asksAboutInterestsValuesAndWorkFactorsBeforeEducationAndAWorkFactorsImportanceRightAfterItsFirstStatement() {
        QuizSession quiz = mlEngineerQuiz();
        List<Question> asked = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Question q = quiz.current().orElseThrow();
            asked.add(q);
            quiz.answer(q.kind() == QuestionKind.IMPORTANCE ? 4 : 2 + i % 3);
        }

        assertThat(asked).extracting(Question::kind).contains(QuestionKind.INTEREST, QuestionKind.VALUE_CHOICE,
                QuestionKind.AGREEMENT).doesNotContain(QuestionKind.EDUCATION_HELD, QuestionKind.STUDY_YEARS);
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i).kind() == QuestionKind.IMPORTANCE) {
                Question before = asked.get(i - 1);
                assertThat(before.kind()).isEqualTo(QuestionKind.AGREEMENT);
                assertThat(before.dimension()).isEqualTo(asked.get(i).dimension());
            }
        }
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
        long measuring = scorer.bank().questions().stream().filter(q -> q.kind() != QuestionKind.SKILL_RATING).count();
        assertThat(progress.total()).isEqualTo(measuring + Math.min(QuizSession.SKILLS_ASKED,
                scorer.skillQuestions(RoleId.of("ml-engineer")).size()));
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
    void savingAndResumingGivesTheSameNextQuestionAndTheSameReport() {
        QuizSession quiz = mlEngineerQuiz();
        Random random = new Random(11);
        for (int i = 0; i < 30; i++) {
            Question q = quiz.current().orElseThrow();
            switch (random.nextInt(6)) {
                case 0 -> quiz.skip();
                case 1 -> quiz.notSure();
                default -> quiz.answer(q.options().get(random.nextInt(q.options().size())).value());
            }
        }
        quiz.back();

        QuizSession resumed = QuizSession.resume(scorer, quiz.save());

        assertThat(resumed.current()).isEqualTo(quiz.current());
        assertThat(resumed.progress()).isEqualTo(quiz.progress());
        assertThat(resumed.report()).isEqualTo(quiz.report());
        quiz.answer(3);
        resumed.answer(3);
        assertThat(resumed.current()).isEqualTo(quiz.current());
    }

    @Test
    void rejectsASavedSessionWithEveryProblemListed() {
        SessionState state = new SessionState("careerfit-session/1", "careerfit-standard", "0.1", RoleId.of("astronaut"),
                false, List.of(Answer.of(QuestionId.of("pay.1"), 8)), List.of(QuestionId.of("pay.1"), QuestionId.of("nope")),
                5);

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> QuizSession.resume(scorer, state));

        assertThat(e.problems()).extracting(Problem::where).containsExactly("$.bankVersion", "$.role",
                "$.answers[0].value", "$.history[1]", "$.position");
    }

    @Test
    void aQuickSessionStopsOnceTheTopOfTheRankingIsSettledAfterAskingAboutEducation() {
        QuizSession quick = QuizSession.builder(scorer).role(RoleId.of("ml-engineer")).quick(true).start();
        Random random = new Random(8);
        // Someone with clear tastes: likes investigative and conventional work, cares about pay.
        while (quick.current().isPresent()) {
            Question q = quick.current().get();
            int value = switch (q.kind()) {
                case INTEREST -> q.dimension().equals(DimensionId.of("investigative"))
                        || q.dimension().equals(DimensionId.of("conventional")) ? 5 : 2;
                case AGREEMENT -> q.dimension().equals(DimensionId.of("pay")) == (q.keySign() > 0) ? 5 : 2 + random.nextInt(2);
                default -> q.options().get(q.options().size() / 2).value();
            };
            quick.answer(value);
        }

        assertThat(quick.progress().answered()).isLessThan(quick.progress().total() / 2);
        assertThat(quick.answers().answer(scorer.bank().firstOf(QuestionKind.EDUCATION_HELD).orElseThrow().id()))
                .isPresent();
        assertThat(scorer.rank(scorer.person(quick.answers()), RankingRequest.top(10)).roles()).hasSize(10)
                .allMatch(e -> e.score() != null);
    }
}
