package dev.careerfit.quiz;

import dev.careerfit.factor.FactorId;
import dev.careerfit.quiz.bank.Keying;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in answers the way a person with clear views would: "likes maths a lot, and it matters very
 * much" becomes 5 on the positive statements, 1 on the reverse one, and 4 on the importance question.
 */
final class AnswerSheet {
    private final QuestionBank bank;
    private final String role;
    /** A later answer to a question replaces the earlier one, so persons can be varied in a line. */
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    private AnswerSheet(QuestionBank bank, String role) {
        this.bank = bank;
        this.role = role;
    }

    static AnswerSheet forBank(QuestionBank bank) {
        return new AnswerSheet(bank, null);
    }

    static AnswerSheet forRole(QuestionBank bank, String role) {
        return new AnswerSheet(bank, role);
    }

    /**
     * Answers every statement on {@code factor} for a liking of -2 (strongly dislikes) to 2 (strongly
     * likes), and its importance question with {@code importance} (1-5).
     */
    AnswerSheet feels(String factor, int liking, int importance) {
        feels(factor, liking);
        answer(bank.importanceQuestion(FactorId.of(factor)).orElseThrow().id(), importance);
        return this;
    }

    /** Answers every statement on {@code factor} for a liking of -2 to 2; no importance answer. */
    AnswerSheet feels(String factor, int liking) {
        for (Question q : bank.agreementQuestions(FactorId.of(factor))) {
            answer(q.id(), q.keying() == Keying.POSITIVE ? 3 + liking : 3 - liking);
        }
        return this;
    }

    AnswerSheet answer(String question, int value) {
        answers.put(question, Answer.of(question, value));
        return this;
    }

    AnswerSheet notSure(String question) {
        answers.put(question, Answer.notSure(question));
        return this;
    }

    AnswerSheet skip(String question) {
        answers.put(question, Answer.skipped(question));
        return this;
    }

    Answers build() {
        return Answers.builder(bank).role(role).addAll(List.copyOf(answers.values())).build();
    }
}
