package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.QuestionId;
import java.util.Objects;

/**
 * A person's response to one question: a value, "not sure", or skipped. In answers files the value is
 * a number, {@code "not-sure"} or {@code "skip"}. Whether a value is allowed for its question is checked
 * against the bank when the answers are scored.
 *
 * @param question the question id
 * @param value    the value picked; {@code null} unless {@link Status#ANSWERED}
 * @param status   answered, not sure, or skipped
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Answer(QuestionId question, Integer value, Status status) {
    /** What the person did with a question. "Not sure" and skipped never count as an answer, nor as zero. */
    @Api(Api.Status.STABLE)
    public enum Status { ANSWERED, NOT_SURE, SKIPPED }

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(status, "status");
        if (status == Status.ANSWERED && value == null) {
            throw new IllegalArgumentException("answer to '" + question + "' needs a value");
        }
        if (status != Status.ANSWERED && value != null) {
            throw new IllegalArgumentException("a " + status + " answer to '" + question + "' has no value");
        }
    }

    public static Answer of(QuestionId question, int value) {
        return new Answer(question, value, Status.ANSWERED);
    }

    public static Answer notSure(QuestionId question) {
        return new Answer(question, null, Status.NOT_SURE);
    }

    public static Answer skipped(QuestionId question) {
        return new Answer(question, null, Status.SKIPPED);
    }

    /** Whether the person picked a value. */
    public boolean answered() {
        return status == Status.ANSWERED;
    }
}
