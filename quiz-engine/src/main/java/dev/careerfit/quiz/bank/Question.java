package dev.careerfit.quiz.bank;

import dev.careerfit.factor.FactorId;
import dev.careerfit.role.SkillId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the question bank. Every question can also be answered "not sure" or skipped; neither
 * counts as an answer when scoring.
 *
 * @param id       stable id, e.g. {@code maths-intensity.2}; answers files refer to it
 * @param kind     what the question asks
 * @param text     the question or statement, in plain words
 * @param factor   the work factor it measures ({@link QuestionKind#AGREEMENT}, {@link QuestionKind#IMPORTANCE}),
 *                 otherwise {@code null}
 * @param skill    the skill it rates ({@link QuestionKind#SKILL_RATING}), otherwise {@code null}
 * @param keying   which way an agreement item points; {@code null} for other kinds
 * @param options  the answers one can pick, lowest value first
 * @param document the id of the bank document the question comes from
 * @since 0.1
 */
public record Question(String id, QuestionKind kind, String text, FactorId factor, SkillId skill, Keying keying,
                       List<ResponseOption> options, String document) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("question '" + id + "' has no options");
        }
        if ((kind == QuestionKind.AGREEMENT || kind == QuestionKind.IMPORTANCE) && factor == null) {
            throw new IllegalArgumentException("question '" + id + "' of kind " + kind + " must name a factor");
        }
        if (kind == QuestionKind.AGREEMENT && keying == null) {
            throw new IllegalArgumentException("agreement question '" + id + "' must have a keying");
        }
        if (kind == QuestionKind.SKILL_RATING && skill == null) {
            throw new IllegalArgumentException("skill question '" + id + "' must name a skill");
        }
    }

    /** Whether {@code value} is one of the options. */
    public boolean accepts(int value) {
        return option(value).isPresent();
    }

    public Optional<ResponseOption> option(int value) {
        return options.stream().filter(o -> o.value() == value).findFirst();
    }

    public int lowestValue() {
        return options.get(0).value();
    }

    public int highestValue() {
        return options.get(options.size() - 1).value();
    }

    /**
     * The item score of an agreement answer, -1 (dislikes the factor) to 1 (likes it): (x - 3) / 2, with
     * a reverse-keyed answer mirrored first (x becomes 6 - x).
     *
     * @throws IllegalStateException for other kinds of question
     */
    public double itemScore(int value) {
        if (kind != QuestionKind.AGREEMENT) {
            throw new IllegalStateException("question '" + id + "' is not an agreement item");
        }
        int keyed = keying == Keying.REVERSE ? 6 - value : value;
        return (keyed - 3) / 2.0;
    }
}
