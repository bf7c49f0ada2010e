package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;

/**
 * Too few answers for any result: no ranking and no report is given from a handful of answers (docs/scoring.md,
 * "Normative reading, bands and close calls"). The message says how many more answers are needed and of what kind,
 * as {@link Person#shortfall()} does.
 *
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public final class NotEnoughAnswersException extends CareerfitException {
    private static final long serialVersionUID = 1L;

    private final int moreNeeded;

    NotEnoughAnswersException(String shortfall, int moreNeeded) {
        super(shortfall);
        this.moreNeeded = moreNeeded;
    }

    /** How many more answers to questions on dimensions the minimum asks for; 0 when the count is met but a family's own minimum is not. */
    public int moreNeeded() {
        return moreNeeded;
    }

}
