package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import dev.careerfit.role.SkillId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the question bank. Every question can also be answered "not sure" or skipped; neither
 * counts as an answer when scoring.
 *
 * @param id        stable id, e.g. {@code maths-intensity.2}; answers files refer to it
 * @param kind      what the question asks
 * @param text      the question or statement, in plain words
 * @param dimension the dimension it measures ({@link QuestionKind#measures()} kinds and
 *                  {@link QuestionKind#IMPORTANCE}); for a {@link QuestionKind#VALUE_CHOICE}, the first value
 * @param versus    the second value of a {@link QuestionKind#VALUE_CHOICE}, otherwise {@code null}
 * @param skill     the skill it rates ({@link QuestionKind#SKILL_RATING}), otherwise {@code null}
 * @param keying    which way an agreement item points; {@code null} for other kinds
 * @param options   the answers one can pick, lowest value first
 * @param document  the id of the bank document the question comes from
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Question(QuestionId id, QuestionKind kind, String text, DimensionId dimension, DimensionId versus,
                       SkillId skill, Keying keying, List<ResponseOption> options, String document) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("question '" + id + "' has no options");
        }
        if ((kind.measures() || kind == QuestionKind.IMPORTANCE) && dimension == null) {
            throw new IllegalArgumentException("question '" + id + "' of kind " + kind + " must name a dimension");
        }
        if (kind == QuestionKind.VALUE_CHOICE && (versus == null || versus.equals(dimension))) {
            throw new IllegalArgumentException("choice '" + id + "' must name a second, different value");
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
        // A loop, not option(value)'s stream: every answer of every person is checked with it.
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value() == value) {
                return true;
            }
        }
        return false;
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
     * The item score of an answer on a five-point scale, -1 to 1: (x - 3) / 2 for interest items and
     * positively keyed agreement items; (3 - x) / 2 for reverse-keyed ones; for a value choice, the score
     * towards the first value, (3 - x) / 2.
     *
     * @throws IllegalStateException for kinds that measure no dimension
     */
    public double itemScore(int value) {
        return switch (kind) {
            case INTEREST -> (value - 3) / 2.0;
            case AGREEMENT -> keying == Keying.REVERSE ? (3 - value) / 2.0 : (value - 3) / 2.0;
            case VALUE_CHOICE -> (3 - value) / 2.0;
            default -> throw new IllegalStateException("question '" + id + "' measures no dimension");
        };
    }

    /** For agreement items: +1 when agreeing means liking the factor, -1 when reverse-keyed; else 0. */
    public int keySign() {
        return kind != QuestionKind.AGREEMENT ? 0 : keying == Keying.REVERSE ? -1 : 1;
    }
}
