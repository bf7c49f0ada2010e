package dev.careerfit.quiz.report;

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
public record ResultChange(String dimension, String name, List<String> questions, double swing, String summary) {
    public ResultChange {
        questions = List.copyOf(questions);
    }
}
