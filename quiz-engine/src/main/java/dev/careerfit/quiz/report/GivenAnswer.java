package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.QuestionId;

/**
 * A person's answer to one question, as a reason shows it.
 *
 * @param question the question id
 * @param text     the question
 * @param value    the value picked, or {@code null} for "not sure", skipped and unanswered
 * @param answer   the words picked, e.g. "Agree" or "Not sure"
 * @param reverse  whether the item is reverse-keyed (agreeing means disliking the factor)
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record GivenAnswer(QuestionId question, String text, Integer value, String answer, boolean reverse) {}
