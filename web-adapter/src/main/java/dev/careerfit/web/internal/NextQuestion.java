package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.Question;

/**
 * The API's answer to "what should this person be asked next?" ({@value #FORMAT}, docs/formats.md): the question
 * most likely to change their best occupations, or none when the quiz is finished.
 *
 * @param format      always {@value #FORMAT}
 * @param bankVersion the question bank's version
 * @param finished    whether nothing is left to ask: the best occupations are settled and the readiness questions
 *                    asked (or, for a full quiz, every question dealt with)
 * @param position    the next question's place in the order asked, 1 for the first
 * @param answered    questions dealt with so far (answered, not sure or skipped)
 * @param question    the question, as the bank listing gives it; {@code null} when finished
 */
@Api(Api.Status.INTERNAL)
public record NextQuestion(String format, String bankVersion, boolean finished, int position, int answered,
                           Question question) {
    public static final String FORMAT = "careerfit-next-question/1";
}
