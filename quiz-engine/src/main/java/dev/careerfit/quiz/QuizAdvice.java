package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.Question;
import java.util.Optional;

/**
 * What an adaptive quiz should do next (docs/scoring.md, "Adaptive quiz"): the question most likely to
 * change the top of the ranking, and whether the top is settled.
 *
 * @param next      the question to ask next among those not yet asked; {@code null} when none is left
 * @param settled   whether the top of the ranking is settled: every family has its floor of answers and the
 *                  latest answers, six in a row, left the top unchanged but for one place
 * @param stableFor how many of the latest answers in a row left the top unchanged but for one place
 * @param top       how many roles "the top" is
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record QuizAdvice(Question next, boolean settled, int stableFor, int top) {

    public Optional<Question> nextQuestion() {
        return Optional.ofNullable(next);
    }
}
