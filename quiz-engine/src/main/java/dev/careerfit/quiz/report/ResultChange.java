package dev.careerfit.quiz.report;

import dev.careerfit.factor.FactorId;
import java.util.List;

/**
 * An answer that would move the score: the lowest and highest score its possible answers give, all
 * other answers kept as they are.
 *
 * @param questions the question (or, for {@link ChangeKind#FACTOR}, the questions answered alike)
 * @param factor    the work factor they are on
 * @param kind      what kind of answer
 * @param currently the current answer in words, e.g. "Agree", "Not sure", "not answered"
 * @param scoreLow  the lowest score the answer could give
 * @param scoreHigh the highest score the answer could give
 * @param swing     {@code scoreHigh - scoreLow}
 * @param summary   in one sentence
 * @since 0.1
 */
public record ResultChange(List<String> questions, FactorId factor, ChangeKind kind, String currently,
                           double scoreLow, double scoreHigh, double swing, String summary) {
    public ResultChange {
        questions = List.copyOf(questions);
    }
}
