package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.QuestionId;
import java.util.List;

/**
 * Questions whose answers could move the result most.
 *
 * @param dimension the dimension they measure
 * @param name      its name
 * @param questions the unanswered question ids
 * @param swing     points the score could move, either way, if they were answered at the scale's ends
 * @param summary   one sentence
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record ResultChange(DimensionId dimension, String name, List<QuestionId> questions, double swing, String summary) {
    public ResultChange {
        questions = List.copyOf(questions);
    }
}
