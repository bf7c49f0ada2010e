package dev.careerfit.web;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.json.QuizJson;

/**
 * Made-up answers to the whole bank but the skill self-ratings, the same every time for a seed: a person who likes
 * some kinds of work and not others, as the tests need one.
 */
final class SampleAnswers {
    private SampleAnswers() {}

    static Answers of(QuestionBank bank, int seed) {
        Answers.Builder answers = Answers.builder(bank);
        for (Question q : bank.questions()) {
            if (q.kind() != QuestionKind.SKILL_RATING) {
                answers.answer(q.id(), pick(q, seed));
            }
        }
        return answers.build();
    }

    /**
     * One of the question's options, chosen by the seed and, for an activity or a statement, by its dimension, so
     * that a dimension's questions are answered alike (reverse-keyed statements the other way round): answers that
     * vary item by item with no regard to what they measure are flagged as inconsistent and get no ranking.
     */
    static int pick(Question q, int seed) {
        if ((q.kind() == QuestionKind.INTEREST || q.kind() == QuestionKind.AGREEMENT) && q.options().size() == 5) {
            int v = 1 + Math.floorMod(q.dimension().hashCode() * 31 + seed * 17, 5);
            return q.keySign() < 0 ? 6 - v : v;
        }
        int i = Math.floorMod(q.id().hashCode() * 31 + seed * 17, q.options().size());
        return q.options().get(i).value();
    }

    static String json(QuestionBank bank, int seed) {
        return QuizJson.toJson(of(bank, seed));
    }
}
