package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import java.util.Random;

/** Random but reproducible answer sets: some questions left out, some "not sure", some skipped. */
final class RandomAnswers {
    private RandomAnswers() {}

    static Answers of(QuestionBank bank, Random random) {
        Answers.Builder b = Answers.builder(bank);
        for (Question q : bank.questions()) {
            double roll = random.nextDouble();
            if (roll < 0.15) {
                continue;
            }
            if (roll < 0.20) {
                b.notSure(q.id());
            } else if (roll < 0.25) {
                b.skip(q.id());
            } else {
                b.answer(q.id(), q.options().get(random.nextInt(q.options().size())).value());
            }
        }
        return b.build();
    }
}
