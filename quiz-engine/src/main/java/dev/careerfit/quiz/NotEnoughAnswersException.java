package dev.careerfit.quiz;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.util.List;

/**
 * Too few answers for any result: no ranking and no report is given from a handful of answers (docs/scoring.md,
 * "Normative reading, bands and close calls"). The message says how many more answers are needed and of what kind,
 * as {@link Person#shortfall()} does.
 *
 * @since 0.5
 */
public final class NotEnoughAnswersException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    private final int moreNeeded;

    NotEnoughAnswersException(String shortfall, int moreNeeded) {
        super("answers", List.of(new Problem("$.answers", shortfall)));
        this.moreNeeded = moreNeeded;
    }

    /** How many more answers to questions on dimensions the minimum asks for; 0 when the count is met but a family's own minimum is not. */
    public int moreNeeded() {
        return moreNeeded;
    }

    /** The shortfall in words, without a place: "Not enough answers for a result yet: ...". */
    public String shortfall() {
        return problems().get(0).message();
    }
}
