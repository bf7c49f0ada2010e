package dev.careerfit.quiz.session;

import dev.careerfit.Api;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.role.RoleId;
import java.util.List;

/**
 * A saved quiz session (shape {@value #FORMAT}, docs/formats.md): enough to resume it exactly, with the
 * same next question. Serialize with {@code QuizJson}.
 *
 * @param format      always {@value #FORMAT}
 * @param bank        the question bank's id
 * @param bankVersion the question bank's version
 * @param role        the role the session is about, or {@code null}
 * @param quick       whether it stops once the top of the ranking is settled (after the readiness questions)
 * @param answers     every answer so far, in the order given
 * @param history     the questions shown, in order
 * @param position    index in {@code history} of the current question; {@code history.size()} when the
 *                    next question is a new one
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SessionState(String format, String bank, String bankVersion, RoleId role, boolean quick,
                           List<Answer> answers, List<QuestionId> history, int position) {
    /** The shape and version of a saved session. */
    public static final String FORMAT = "careerfit-session/1";

    public SessionState {
        answers = answers == null ? List.of() : List.copyOf(answers);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
