package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.List;
import java.util.Objects;

/**
 * The whole question bank as one document, for other tools that build answer files: every dimension,
 * every question with its id and answer options, and the versions whose answers it reads. Written by
 * {@code careerfit questions --json}; the shape is {@value #FORMAT} (docs/formats.md).
 *
 * @param format     always {@value #FORMAT}
 * @param id         the bank's id
 * @param version    the bank's version: answers files name it
 * @param reads      earlier versions whose answers it still reads
 * @param notSure    the words for "not sure" (answer value {@code "not-sure"})
 * @param skip       the words for skipping (answer value {@code "skip"})
 * @param dimensions every dimension, with the rule for a role's level
 * @param questions  every question, each with its options
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record BankListing(String format, String id, String version, List<String> reads, String notSure, String skip,
                          List<Dimension> dimensions, List<Question> questions) {
    public static final String FORMAT = "careerfit-question-listing/2";

    public BankListing {
        Objects.requireNonNull(format, "format");
        reads = List.copyOf(reads);
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
    }
}
