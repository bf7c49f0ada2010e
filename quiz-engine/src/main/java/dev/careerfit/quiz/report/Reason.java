package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.factor.Framing;
import dev.careerfit.quiz.bank.DimensionId;
import java.util.List;

/**
 * Why a role fits or not on one dimension, traced to the role's sourced level and the person's answers.
 *
 * @param dimension    the dimension id
 * @param name         its name
 * @param contribution points added to or taken from the score
 * @param personScore  the person's mean item score on it, -1 to 1 (relative to their own average for
 *                     interests and values)
 * @param framing      {@link Framing#PRO} when it counts for the role, {@link Framing#CON} against
 * @param level        the role's level with its sources
 * @param answers      the answers it rests on
 * @param summary      one sentence in plain words
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Reason(DimensionId dimension, String name, double contribution, double personScore, Framing framing,
                     DimensionLevel level, List<GivenAnswer> answers, String summary) {
    public Reason {
        answers = List.copyOf(answers);
    }
}
