package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each question of a bank with where an answer to it goes in an index: its dimension's row and, for a value choice,
 * the other value's (-1 where the index has none), and its place among its dimension's questions. Reading a person's
 * answers then looks each one up once, by question id, instead of again by dimension id (a record's {@code equals} on
 * every probe: a tenth of a batch's time in the person). Made once per bank and index
 * ({@link ScoringIndex#questionRows}).
 */
final class QuestionRows {
    /** One question and where its answers go. */
    record Row(Question question, int dimension, int versus, int position) {}

    final QuestionBank bank;
    private final Map<QuestionId, Row> byId = new HashMap<>();

    QuestionRows(QuestionBank bank, ScoringIndex index) {
        this.bank = bank;
        for (Question q : bank.questions()) {
            // Only the question the bank itself gives for the id, should two share one.
            if (bank.question(q.id()).orElse(null) == q) {
                int d = q.dimension() == null ? -1 : index.dimension(q.dimension());
                int versus = q.versus() == null ? -1 : index.dimension(q.versus());
                int position = q.dimension() == null ? -1 : position(bank.questions(q.dimension()), q);
                byId.put(q.id(), new Row(q, d, versus, position));
            }
        }
    }

    /** The question with this id and where its answers go; null when the bank has none. */
    Row of(QuestionId id) {
        return byId.get(id);
    }

    /** {@code q}'s place among its dimension's questions, by identity (the bank's questions are its own objects). */
    private static int position(List<Question> questions, Question q) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i) == q) {
                return i;
            }
        }
        return questions.indexOf(q);
    }
}
