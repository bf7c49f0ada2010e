package dev.careerfit.quiz.session;

import dev.careerfit.Api;

/**
 * How far a quiz session has come: {@code answered} of {@code total} questions dealt with (answered,
 * "not sure" or skipped).
 *
 * @param answered questions dealt with
 * @param total    questions the session may ask; a quick session may finish sooner
 * @param position 1-based position of the current question in the order asked
 * @param finished whether there is nothing more to ask
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Progress(int answered, int total, int position, boolean finished) {
    @Override
    public String toString() {
        return answered + " of " + total + (finished ? ", finished" : "");
    }
}
