package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.LevelReading;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A quick adaptive quiz over the built-in catalog (O*NET 30.1, OEWS May 2024, EP 2024-34 and the three guides) asks
 * what the issue says it must before it stops (docs/scoring.md, "Adaptive quiz"): how much a strongly disliked work
 * factor matters, and, when the person names a guides' role, a statement on every factor the guides rate that role on.
 */
@Tag("national")
class AdaptiveQuizTest {
    private final StandardFitScorer scorer = Simulation.national();

    /** Answers a quick session to its end; the questions asked, in order. */
    private List<Question> take(QuizSession quiz, ToIntFunction<Question> answer) {
        List<Question> asked = new ArrayList<>();
        for (int i = 0; i < 400 && !quiz.finished(); i++) {
            Question q = quiz.current().orElseThrow();
            asked.add(q);
            quiz.answer(answer.applyAsInt(q));
        }
        assertThat(quiz.finished()).as("the quick quiz ends").isTrue();
        return asked;
    }

    /** A coherent person: likes investigative and conventional work, neutral on values and factors but those disliked. */
    private static int analyst(Question q, Set<String> disliked) {
        return switch (q.kind()) {
            case INTEREST -> switch (q.dimension().value()) {
                case "investigative", "conventional" -> 5;
                case "realistic" -> 3;
                default -> 2;
            };
            // A strong dislike both ways round: disagreeing with the statement, agreeing with its reverse.
            case AGREEMENT -> disliked.contains(q.dimension().value()) ? 3 - 2 * q.keySign() : 3;
            case EDUCATION_HELD -> EducationLevel.BACHELORS.onetCategory();
            case IMPORTANCE -> 4;
            default -> q.kind().measures() ? 3 : 2;
        };
    }

    @Test
    void aStrongDislikeGetsItsImportanceQuestionBeforeTheQuizEnds() {
        Set<String> disliked = Set.of("programming-intensity", "maths-intensity", "data-analysis");
        List<Question> asked = take(QuizSession.builder(scorer).quick(true).start(), q -> analyst(q, disliked));

        Set<String> stated = new TreeSet<>();
        Set<String> askedImportance = new TreeSet<>();
        for (Question q : asked) {
            if (q.kind() == QuestionKind.AGREEMENT && disliked.contains(q.dimension().value())) {
                stated.add(q.dimension().value());
            }
            if (q.kind() == QuestionKind.IMPORTANCE) {
                askedImportance.add(q.dimension().value());
            }
        }
        assertThat(stated).as("strong dislikes the quiz found").isNotEmpty();
        assertThat(askedImportance).containsAll(stated);
        // Asked while the quiz was still going: the readiness questions close a quick quiz.
        int lastImportance = 0;
        for (int i = 0; i < asked.size(); i++) {
            lastImportance = asked.get(i).kind() == QuestionKind.IMPORTANCE ? i : lastImportance;
        }
        assertThat(asked.subList(lastImportance, asked.size())).extracting(Question::kind)
                .contains(QuestionKind.STUDY_YEARS);
    }

    @Test
    void namingTheGuidesMlEngineerBringsAStatementOnEveryFactorTheGuidesRateItOn() {
        ScoringIndex index = scorer.index();
        int mlEngineer = index.row(RoleId.of("ml-engineer")).orElseThrow();
        Set<String> rated = new TreeSet<>();
        LevelReading[] levels = index.details(mlEngineer).raw();
        for (int d = 0; d < levels.length; d++) {
            if (levels[d] != null && !levels[d].derived() && index.comparable(mlEngineer, d)
                    && index.families.get(index.family[d]).measuredBy() == QuestionKind.AGREEMENT) {
                rated.add(index.dimensions.get(d).id().value());
            }
        }
        assertThat(rated).as("factors the guides rate ml-engineer on").hasSizeGreaterThan(3);

        List<Question> asked = take(QuizSession.builder(scorer).role(RoleId.of("ml-engineer")).quick(true).start(),
                q -> analyst(q, Set.of()));

        Set<String> stated = new TreeSet<>();
        asked.stream().filter(q -> q.kind() == QuestionKind.AGREEMENT).forEach(q -> stated.add(q.dimension().value()));
        assertThat(stated).containsAll(rated);
    }
}
