package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * A frequently asked question about the role and its answer.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record FaqEntry(String question, String answer) {
    public FaqEntry {
        question = Checks.notBlank(question, "question");
        answer = Checks.notBlank(answer, "answer");
    }
}
