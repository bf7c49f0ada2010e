package dev.careerfit.quiz.json;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.batch.SamplePopulation;

/**
 * A small real catalog for these tests: the three roles of the career guides (careerfit-provider-career-guides on the
 * test class path), with their work factors and sources; and people answering at random, as batch lines have them.
 */
public final class GuidesFixture {
    private static FitScorer scorer;

    private GuidesFixture() {}

    public static synchronized FitScorer scorer() {
        if (scorer == null) {
            scorer = FitScorers.create(CareerCatalog.builder().strict(true).build());
        }
        return scorer;
    }

    /** Person {@code index} of a sample population with {@code seed}: about nine in ten questions answered. */
    public static Answers answers(int index, long seed) {
        String line = new SamplePopulation(scorer().bank()).line(index, seed, 0);
        return QuizJson.readAnswers(PersonLines.read(line, "sample:" + index).answers(), "sample", scorer());
    }
}
